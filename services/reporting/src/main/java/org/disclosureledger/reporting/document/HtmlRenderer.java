package org.disclosureledger.reporting.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.disclosureledger.reporting.document.Grid.Cell;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The report as one HTML page in the official layout, from the Thymeleaf template {@code templates/annual-report.html}
 * (the engine and the template folder of the web UI): the title, the numbered sections, the tables with their merged
 * cells, and print styles for A4 (the 公文 fonts where installed: 小标宋 title, 黑体 headings, 仿宋 text). The markup is
 * well-formed XML as well (polyglot HTML), so that machines can read it too; each figure cell names its figure in
 * {@code data-figure}.
 */
public final class HtmlRenderer {
    static final String TEMPLATE = "annual-report";
    private static final SpringTemplateEngine ENGINE = engine();

    /** A section as the template shows it: its number, heading, and either paragraphs or a table. */
    public record Section(int number, String heading, List<String> paragraphs, boolean missing, Table table) {
    }

    /** A table: the width of each column (percent), the heading rows and the body rows, each a list of cells. */
    public record Table(List<String> widths, List<List<HtmlCell>> head, List<List<HtmlCell>> body) {
    }

    /** One cell at its top-left slot: a figure ({@code td}, named) or a heading or label ({@code th}); spans only above 1. */
    public record HtmlCell(String text, boolean figure, String name, String cssClass, String scope, Integer rowSpan, Integer colSpan) {
    }

    private HtmlRenderer() {
    }

    public static String render(ReportDocument document) {
        List<Section> sections = new ArrayList<>();
        int number = 0;
        for (ReportDocument.Part part : document.parts()) {
            number++;
            if (part instanceof ReportDocument.Narrative narrative) {
                sections.add(new Section(number, part.heading(), narrative.paragraphs(), narrative.missing(), null));
            } else {
                ReportDocument.Table table = (ReportDocument.Table) part;
                sections.add(new Section(number, part.heading(), List.of(), false, table(GridLayout.of(table.table(), table.figures()))));
            }
        }
        Context context = new Context(Locale.SIMPLIFIED_CHINESE, Map.of("report", document, "sections", sections));
        return ENGINE.process(TEMPLATE, context);
    }

    private static Table table(Grid grid) {
        double total = grid.columnWeights().stream().mapToDouble(Double::doubleValue).sum();
        List<String> widths = grid.columnWeights().stream()
                .map(weight -> String.format(Locale.ROOT, "%.2f", 100 * weight / total)).toList();
        return new Table(widths, rows(grid, 0, grid.headerRows()), rows(grid, grid.headerRows(), grid.rowCount()));
    }

    private static List<List<HtmlCell>> rows(Grid grid, int from, int to) {
        List<List<HtmlCell>> rows = new ArrayList<>();
        for (int row = from; row < to; row++) {
            List<HtmlCell> cells = new ArrayList<>();
            for (Cell cell : grid.cellsStartingIn(row)) {
                boolean figure = cell.role() == Grid.Role.FIGURE;
                boolean label = cell.role() == Grid.Role.LABEL;
                boolean block = cell.role() == Grid.Role.HEADING && cell.colSpan() == grid.width() && grid.headerRows() == 0;
                cells.add(new HtmlCell(cell.text(), figure, cell.figure(), label ? "label" : block ? "block" : null, label ? "row" : null,
                        cell.rowSpan() > 1 ? cell.rowSpan() : null, cell.colSpan() > 1 ? cell.colSpan() : null));
            }
            rows.add(cells);
        }
        return rows;
    }

    private static SpringTemplateEngine engine() {
        ClassLoaderTemplateResolver templates = new ClassLoaderTemplateResolver(HtmlRenderer.class.getClassLoader());
        templates.setPrefix("templates/");
        templates.setSuffix(".html");
        templates.setTemplateMode(TemplateMode.HTML);
        templates.setCharacterEncoding("UTF-8");
        templates.setCacheable(true);
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(templates);
        return engine;
    }
}
