package org.disclosureledger.reporting.document;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.disclosureledger.kernel.report.ReportTable;
import org.disclosureledger.kernel.report.ReportTable.Block;
import org.disclosureledger.kernel.report.ReportTable.BlockRow;
import org.disclosureledger.kernel.report.ReportTable.Heading;

/**
 * The report as Markdown (GitHub tables), for portals and editors that take it. Markdown has no merged cells, so:
 * table 二 becomes one small table per block under the block's heading; in tables 三 and 四 a merged heading is
 * written once, in the first column it spans (the other rows of column headings follow the table's header row in
 * bold), and the row labels of table 三 become one column, each group's label on a row of its own with its members
 * indented beneath it. Narrative paragraphs keep the two-character indent of the printed report.
 */
public final class MarkdownRenderer {
    static final String INDENT = "\u3000\u3000";

    private MarkdownRenderer() {
    }

    public static String render(ReportDocument document) {
        StringBuilder md = new StringBuilder(32 * 1024);
        md.append("# ").append(text(document.title())).append("\n");
        for (ReportDocument.Part part : document.parts()) {
            while (md.charAt(md.length() - 1) == '\n') {
                md.setLength(md.length() - 1);
            }
            md.append("\n\n## ").append(text(part.heading())).append("\n\n");
            if (part instanceof ReportDocument.Narrative narrative) {
                for (String paragraph : narrative.paragraphs()) {
                    md.append(INDENT).append(text(paragraph)).append("\n\n");
                }
            } else {
                ReportDocument.Table table = (ReportDocument.Table) part;
                if (table.table() instanceof ReportTable.Blocks blocks) {
                    blocks(md, blocks, table);
                } else {
                    matrix(md, (ReportTable.Matrix) table.table(), table);
                }
            }
        }
        return md.toString().stripTrailing() + "\n";
    }

    private static void blocks(StringBuilder md, ReportTable.Blocks blocks, ReportDocument.Table table) {
        for (Block block : blocks.blocks()) {
            md.append("**").append(text(block.heading())).append("**\n\n");
            List<List<String>> rows = new ArrayList<>();
            for (BlockRow row : block.rows()) {
                List<String> cells = new ArrayList<>();
                cells.add(row.label());
                row.figures().forEach(figure -> cells.add(figure(table, figure)));
                rows.add(cells);
            }
            table(md, block.columns(), List.of(), rows, true);
        }
    }

    private static void matrix(StringBuilder md, ReportTable.Matrix matrix, ReportDocument.Table table) {
        boolean labelled = matrix.rowDepth() > 0;
        List<Heading> columns = matrix.columnLeaves();
        int width = (labelled ? 1 : 0) + columns.size();
        List<List<String>> headingRows = new ArrayList<>();
        for (int depth = 0; depth < matrix.columnDepth(); depth++) {
            headingRows.add(new ArrayList<>(Collections.nCopies(width, "")));
        }
        if (labelled) {
            headingRows.get(0).set(0, matrix.corner());
        }
        placeHeadings(headingRows, matrix.columns(), 0, labelled ? 1 : 0);

        List<List<String>> rows = new ArrayList<>();
        if (labelled) {
            rowLabels(rows, matrix, matrix.rows(), 0, table);
        } else {
            List<String> cells = new ArrayList<>();
            columns.forEach(column -> cells.add(figure(table, matrix.figure(matrix.rowLeaves().get(0), column))));
            rows.add(cells);
        }
        table(md, headingRows.get(0), headingRows.subList(1, headingRows.size()), rows, labelled);
    }

    private static void placeHeadings(List<List<String>> headingRows, List<Heading> headings, int depth, int column) {
        for (Heading heading : headings) {
            headingRows.get(depth).set(column, heading.label());
            placeHeadings(headingRows, heading.children(), depth + 1, column);
            column += heading.span();
        }
    }

    private static void rowLabels(List<List<String>> rows, ReportTable.Matrix matrix, List<Heading> headings, int depth,
                                  ReportDocument.Table table) {
        String indent = INDENT.substring(0, 1).repeat(depth);
        for (Heading heading : headings) {
            List<String> cells = new ArrayList<>();
            if (heading.isLeaf()) {
                cells.add(indent + heading.label());
                matrix.columnLeaves().forEach(column -> cells.add(figure(table, matrix.figure(heading, column))));
                rows.add(cells);
            } else {
                cells.add(indent + "**" + heading.label() + "**");
                cells.addAll(Collections.nCopies(matrix.columnLeaves().size(), ""));
                rows.add(cells);
                rowLabels(rows, matrix, heading.children(), depth + 1, table);
            }
        }
    }

    /** A table: its header row, further heading rows (in bold), then the rows; labels left, figures centred. */
    private static void table(StringBuilder md, List<String> header, List<List<String>> headingRows, List<List<String>> rows,
                              boolean labelled) {
        md.append('|');
        header.forEach(cell -> md.append(' ').append(cell(cell)).append(" |"));
        md.append("\n|");
        for (int c = 0; c < header.size(); c++) {
            md.append(labelled && c == 0 ? " --- |" : " :---: |");
        }
        md.append('\n');
        for (List<String> row : headingRows) {
            md.append('|');
            row.forEach(cell -> md.append(' ').append(cell.isEmpty() ? "" : "**" + cell(cell) + "**").append(" |"));
            md.append('\n');
        }
        for (List<String> row : rows) {
            md.append('|');
            row.forEach(cell -> md.append(' ').append(cell(cell)).append(" |"));
            md.append('\n');
        }
        md.append('\n');
    }

    private static String figure(ReportDocument.Table table, String figure) {
        String value = table.figures().get(figure);
        if (value == null) {
            throw new IllegalArgumentException("the report has no figure " + figure);
        }
        return value;
    }

    /** A table cell: the pipe escaped (bold markers of group labels are kept). */
    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }

    /** Running text: Markdown's punctuation escaped, so that staff text prints as written. */
    static String text(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ("\\`*_[]<>#|".indexOf(c) >= 0) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }
}
