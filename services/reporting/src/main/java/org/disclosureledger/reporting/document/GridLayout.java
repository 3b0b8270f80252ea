package org.disclosureledger.reporting.document;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.disclosureledger.kernel.report.ReportTable;
import org.disclosureledger.kernel.report.ReportTable.Block;
import org.disclosureledger.kernel.report.ReportTable.BlockRow;
import org.disclosureledger.kernel.report.ReportTable.Heading;
import org.disclosureledger.reporting.document.Grid.Cell;
import org.disclosureledger.reporting.document.Grid.Role;

/** Lays a format's table out on a {@link Grid}, with the merged cells of the official layout. */
public final class GridLayout {
    /** Relative widths: a column of row labels in groups, the column of the finest row labels, a column of figures. */
    private static final double GROUP_LABEL = 1.8;
    private static final double ROW_LABEL = 5.6;
    private static final double FIGURE = 1.4;

    private GridLayout() {
    }

    public static Grid of(ReportTable table, Map<String, String> figures) {
        if (table instanceof ReportTable.Blocks blocks) {
            return blocks(blocks, figures);
        }
        return matrix((ReportTable.Matrix) table, figures);
    }

    /**
     * Table 二: each block is a heading row across the table, a row of column headings and its rows; a block narrower
     * than the table widens its last column.
     */
    private static Grid blocks(ReportTable.Blocks table, Map<String, String> figures) {
        int width = table.width();
        int rows = table.blocks().stream().mapToInt(block -> 2 + block.rows().size()).sum();
        List<Double> weights = new ArrayList<>();
        weights.add(2.0);
        weights.addAll(Collections.nCopies(width - 1, 1.5));
        Grid grid = new Grid(rows, weights, 0);
        int row = 0;
        for (Block block : table.blocks()) {
            grid.add(new Cell(row++, 0, 1, width, block.heading(), Role.HEADING, null));
            List<String> columns = block.columns();
            for (int c = 0; c < columns.size(); c++) {
                grid.add(new Cell(row, c, 1, span(c, columns.size(), width), columns.get(c), Role.HEADING, null));
            }
            row++;
            for (BlockRow blockRow : block.rows()) {
                grid.add(new Cell(row, 0, 1, 1, blockRow.label(), Role.LABEL, null));
                for (int f = 0; f < blockRow.figures().size(); f++) {
                    String figure = blockRow.figures().get(f);
                    grid.add(new Cell(row, f + 1, 1, span(f + 1, columns.size(), width), value(figures, figure), Role.FIGURE, figure));
                }
                row++;
            }
        }
        return grid.complete();
    }

    /** The last of {@code count} columns stretches to the table's {@code width}. */
    private static int span(int column, int count, int width) {
        return column == count - 1 ? width - column : 1;
    }

    /**
     * Tables 三 and 四: the corner, the column headings (a group spans its members; a leaf spans down to the last
     * heading row), the row labels (a group spans its members' rows; a leaf spans right to the figures), the figures.
     */
    private static Grid matrix(ReportTable.Matrix table, Map<String, String> figures) {
        int headerRows = table.columnDepth();
        int labelColumns = table.rowDepth();
        List<Heading> rowLeaves = table.rowLeaves();
        List<Heading> columnLeaves = table.columnLeaves();
        List<Double> weights = new ArrayList<>();
        for (int c = 0; c < labelColumns; c++) {
            weights.add(c == labelColumns - 1 ? ROW_LABEL : GROUP_LABEL);
        }
        weights.addAll(Collections.nCopies(columnLeaves.size(), FIGURE));
        Grid grid = new Grid(headerRows + rowLeaves.size(), weights, headerRows);
        if (labelColumns > 0) {
            grid.add(new Cell(0, 0, headerRows, labelColumns, table.corner(), Role.HEADING, null));
        }
        columnHeadings(grid, table.columns(), 0, labelColumns, headerRows);
        rowLabels(grid, table.rows(), 0, headerRows, labelColumns);
        for (int r = 0; r < rowLeaves.size(); r++) {
            for (int c = 0; c < columnLeaves.size(); c++) {
                String figure = table.figure(rowLeaves.get(r), columnLeaves.get(c));
                grid.add(new Cell(headerRows + r, labelColumns + c, 1, 1, value(figures, figure), Role.FIGURE, figure));
            }
        }
        return grid.complete();
    }

    private static void columnHeadings(Grid grid, List<Heading> headings, int depth, int column, int headerRows) {
        for (Heading heading : headings) {
            int rowSpan = heading.isLeaf() ? headerRows - depth : 1;
            grid.add(new Cell(depth, column, rowSpan, heading.span(), heading.label(), Role.HEADING, null));
            columnHeadings(grid, heading.children(), depth + 1, column, headerRows);
            column += heading.span();
        }
    }

    private static void rowLabels(Grid grid, List<Heading> headings, int depth, int row, int labelColumns) {
        for (Heading heading : headings) {
            int colSpan = heading.isLeaf() ? labelColumns - depth : 1;
            grid.add(new Cell(row, depth, heading.span(), colSpan, heading.label(), Role.LABEL, null));
            rowLabels(grid, heading.children(), depth + 1, row, labelColumns);
            row += heading.span();
        }
    }

    private static String value(Map<String, String> figures, String figure) {
        String value = figures.get(figure);
        if (value == null) {
            throw new IllegalArgumentException("the report has no figure " + figure);
        }
        return value;
    }
}
