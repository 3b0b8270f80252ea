package org.disclosureledger.reporting.document;

import java.util.ArrayList;
import java.util.List;

/**
 * A table read back from a rendered document as its grid of slots, each slot holding the text of the cell covering it
 * (a merged cell's text in every slot it covers), so that tests can find a figure by its row and column labels.
 */
final class LogicalTable {
    private final List<List<String>> slots = new ArrayList<>();

    void put(int row, int column, String text) {
        while (slots.size() <= row) {
            slots.add(new ArrayList<>());
        }
        List<String> cells = slots.get(row);
        while (cells.size() <= column) {
            cells.add(null);
        }
        if (cells.get(column) != null) {
            throw new AssertionError("two cells cover row " + row + ", column " + column);
        }
        cells.set(column, text);
    }

    boolean isTaken(int row, int column) {
        return row < slots.size() && column < slots.get(row).size() && slots.get(row).get(column) != null;
    }

    String at(int row, int column) {
        return slots.get(row).get(column);
    }

    int rows() {
        return slots.size();
    }

    int width(int row) {
        return slots.get(row).size();
    }

    /** The first row with {@code label} in one of its first {@code labelColumns} slots. */
    int rowOf(String label, int labelColumns) {
        for (int r = 0; r < slots.size(); r++) {
            for (int c = 0; c < Math.min(labelColumns, slots.get(r).size()); c++) {
                if (label.equals(slots.get(r).get(c))) {
                    return r;
                }
            }
        }
        throw new AssertionError("no row labelled " + label);
    }

    /** The column with {@code label} in one of the first {@code headerRows} rows. */
    int columnOf(String label, int headerRows) {
        for (int r = 0; r < headerRows; r++) {
            for (int c = 0; c < slots.get(r).size(); c++) {
                if (label.equals(slots.get(r).get(c))) {
                    return c;
                }
            }
        }
        throw new AssertionError("no column headed " + label);
    }
}
