package org.disclosureledger.reporting.document;

import java.util.List;
import java.util.Locale;
import org.disclosureledger.reporting.document.Grid.Cell;

/**
 * The report as one HTML page in the official layout: the title, the numbered sections, the tables with their merged
 * cells, and print styles for A4 (the 公文 fonts where installed: 小标宋 title, 黑体 headings, 仿宋 text). The markup is
 * well-formed XML as well (polyglot HTML), so that machines can read it too; each figure cell names its figure in
 * {@code data-figure}.
 */
public final class HtmlRenderer {
    private static final String STYLE = """
            @page { size: A4; margin: 3.7cm 2.6cm 3.5cm 2.8cm; }
            html { background: #fff; }
            body { margin: 0; color: #000; font-family: "FangSong_GB2312", "仿宋_GB2312", "FangSong", "仿宋", "STFangsong", "Noto Serif CJK SC", "Source Han Serif SC", serif; font-size: 16pt; line-height: 1.75; }
            article { max-width: 15.6cm; margin: 0 auto; }
            h1 { font-family: "FZXiaoBiaoSong-B05S", "方正小标宋简体", "SimSun", "宋体", "Noto Serif CJK SC", "Source Han Serif SC", serif; font-size: 22pt; font-weight: bold; line-height: 1.5; text-align: center; margin: 0 0 1em; }
            h2 { font-family: "SimHei", "黑体", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif; font-size: 16pt; font-weight: normal; text-indent: 2em; margin: 0.5em 0 0; break-after: avoid; page-break-after: avoid; }
            p { text-indent: 2em; text-align: justify; margin: 0; }
            p.not-written { color: #777; }
            table { border-collapse: collapse; width: calc(100% - 2px); table-layout: fixed; margin: 0.6em 1px 1em; font-family: "SimSun", "宋体", "Noto Serif CJK SC", "Source Han Serif SC", serif; font-size: 10.5pt; line-height: 1.4; }
            th, td { border: 1px solid #000; padding: 3pt 2pt; text-align: center; vertical-align: middle; font-weight: normal; overflow-wrap: anywhere; }
            th.label { text-align: left; padding-left: 4pt; }
            th.block { font-weight: bold; }
            thead { display: table-header-group; }
            @media screen { html { background: #e8e8e8; } body { padding: 2em 0; } article { background: #fff; padding: 2.5cm 2.6cm 2.5cm 2.8cm; box-shadow: 0 0 6px rgba(0, 0, 0, 0.25); } }
            @media screen and (max-width: 720px) { body { font-size: 13pt; padding: 0; } article { padding: 1em 0.6em; } table { font-size: 9pt; } }
            """;

    private HtmlRenderer() {
    }

    public static String render(ReportDocument document) {
        StringBuilder html = new StringBuilder(64 * 1024);
        html.append("<!DOCTYPE html>\n<html lang=\"zh-CN\" xmlns=\"http://www.w3.org/1999/xhtml\">\n<head>\n")
                .append("<meta charset=\"UTF-8\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
                .append("<meta name=\"report-agency\" content=\"").append(escape(document.agency())).append("\"/>\n")
                .append("<meta name=\"report-year\" content=\"").append(document.year()).append("\"/>\n")
                .append("<meta name=\"report-scope\" content=\"").append(document.consolidated() ? "consolidated" : "agency").append("\"/>\n")
                .append("<meta name=\"report-format\" content=\"").append(escape(document.formatBasis())).append("\"/>\n")
                .append("<title>").append(escape(document.title())).append("</title>\n")
                .append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n<article class=\"annual-report\">\n")
                .append("<h1>").append(escape(document.title())).append("</h1>\n");
        int number = 0;
        for (ReportDocument.Part part : document.parts()) {
            html.append("<section id=\"section-").append(++number).append("\">\n<h2>").append(escape(part.heading())).append("</h2>\n");
            if (part instanceof ReportDocument.Narrative narrative) {
                for (String paragraph : narrative.paragraphs()) {
                    html.append(narrative.missing() ? "<p class=\"not-written\">" : "<p>").append(escape(paragraph)).append("</p>\n");
                }
            } else {
                ReportDocument.Table table = (ReportDocument.Table) part;
                table(html, GridLayout.of(table.table(), table.figures()));
            }
            html.append("</section>\n");
        }
        return html.append("</article>\n</body>\n</html>\n").toString();
    }

    private static void table(StringBuilder html, Grid grid) {
        html.append("<table class=\"report-table\">\n<colgroup>");
        double total = grid.columnWeights().stream().mapToDouble(Double::doubleValue).sum();
        for (double weight : grid.columnWeights()) {
            html.append("<col style=\"width: ").append(String.format(Locale.ROOT, "%.2f", 100 * weight / total)).append("%\"/>");
        }
        html.append("</colgroup>\n");
        if (grid.headerRows() > 0) {
            html.append("<thead>\n");
            rows(html, grid, 0, grid.headerRows());
            html.append("</thead>\n");
        }
        html.append("<tbody>\n");
        rows(html, grid, grid.headerRows(), grid.rowCount());
        html.append("</tbody>\n</table>\n");
    }

    private static void rows(StringBuilder html, Grid grid, int from, int to) {
        for (int row = from; row < to; row++) {
            html.append("<tr>");
            List<Cell> cells = grid.cellsStartingIn(row);
            for (Cell cell : cells) {
                String tag = cell.role() == Grid.Role.FIGURE ? "td" : "th";
                html.append('<').append(tag);
                if (cell.role() == Grid.Role.LABEL) {
                    html.append(" class=\"label\" scope=\"row\"");
                } else if (cell.role() == Grid.Role.HEADING && cell.colSpan() == grid.width() && grid.headerRows() == 0) {
                    html.append(" class=\"block\"");
                }
                if (cell.rowSpan() > 1) {
                    html.append(" rowspan=\"").append(cell.rowSpan()).append('"');
                }
                if (cell.colSpan() > 1) {
                    html.append(" colspan=\"").append(cell.colSpan()).append('"');
                }
                if (cell.figure() != null) {
                    html.append(" data-figure=\"").append(escape(cell.figure())).append('"');
                }
                html.append('>').append(escape(cell.text())).append("</").append(tag).append('>');
            }
            html.append("</tr>\n");
        }
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
