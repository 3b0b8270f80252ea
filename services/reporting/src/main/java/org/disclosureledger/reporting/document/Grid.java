package org.disclosureledger.reporting.document;

import java.util.ArrayList;
import java.util.List;

/**
 * A table laid out as printed: rows of cells on a grid of columns, a cell spanning several rows or columns where the
 * official layout merges them. The first {@code headerRows} rows are column headings (repeated on each page).
 */
public final class Grid {
    /** What a cell holds: a heading (column heading, block heading, corner), a row label, or a figure. */
    public enum Role { HEADING, LABEL, FIGURE }

    /** A cell at its top-left slot; {@code figure} names the figure of a FIGURE cell. */
    public record Cell(int row, int column, int rowSpan, int colSpan, String text, Role role, String figure) {
    }

    private final int headerRows;
    private final List<Double> columnWeights;
    private final Cell[][] slots;
    private final List<Cell> cells = new ArrayList<>();

    Grid(int rows, List<Double> columnWeights, int headerRows) {
        this.headerRows = headerRows;
        this.columnWeights = List.copyOf(columnWeights);
        this.slots = new Cell[rows][columnWeights.size()];
    }

    void add(Cell cell) {
        for (int r = cell.row(); r < cell.row() + cell.rowSpan(); r++) {
            for (int c = cell.column(); c < cell.column() + cell.colSpan(); c++) {
                if (slots[r][c] != null) {
                    throw new IllegalStateException("cell '" + cell.text() + "' overlaps '" + slots[r][c].text() + "' at row " + r + ", column " + c);
                }
                slots[r][c] = cell;
            }
        }
        cells.add(cell);
    }

    /** Checks that every slot is covered by a cell. */
    Grid complete() {
        for (int r = 0; r < slots.length; r++) {
            for (int c = 0; c < slots[r].length; c++) {
                if (slots[r][c] == null) {
                    throw new IllegalStateException("no cell at row " + r + ", column " + c);
                }
            }
        }
        return this;
    }

    public int rowCount() {
        return slots.length;
    }

    public int width() {
        return columnWeights.size();
    }

    public int headerRows() {
        return headerRows;
    }

    /** Relative widths of the columns. */
    public List<Double> columnWeights() {
        return columnWeights;
    }

    /** The cell covering a slot. */
    public Cell at(int row, int column) {
        return slots[row][column];
    }

    /** The cells whose top-left slot is in {@code row}, left to right. */
    public List<Cell> cellsStartingIn(int row) {
        return cells.stream().filter(cell -> cell.row() == row)
                .sorted(java.util.Comparator.comparingInt(Cell::column)).toList();
    }
}
