package org.disclosureledger.kernel.report;

import java.util.ArrayList;
import java.util.List;

/** A table of a report format's layout; its cells name the figures ({@link ReportFigures}) they show. */
public sealed interface ReportTable permits ReportTable.Blocks, ReportTable.Matrix {

    /**
     * Blocks stacked in one table, as table 二: each block has a heading row spanning the table, a row of column
     * headings (the first over the row labels), and labelled rows of figures. A block with fewer columns than the
     * widest one has its last column widened to the table's width.
     */
    record Blocks(List<Block> blocks) implements ReportTable {
        public Blocks {
            blocks = List.copyOf(blocks);
        }

        /** Columns of the widest block, the label column included. */
        public int width() {
            return blocks.stream().mapToInt(block -> block.columns().size()).max().orElse(0);
        }
    }

    /** One block: {@code columns} are its column headings, the first over the row labels (信息内容). */
    record Block(String heading, List<String> columns, List<BlockRow> rows) {
        public Block {
            columns = List.copyOf(columns);
            rows = List.copyOf(rows);
        }
    }

    /** A row of a block: its label and the figures of its cells, one per column after the first. */
    record BlockRow(String label, List<String> figures) {
        public BlockRow {
            figures = List.copyOf(figures);
        }
    }

    /**
     * A table whose column headings and row labels are trees, as tables 三 and 四: the headings of a group span its
     * members (merged cells in print). Leaves have keys; the figure of a cell is {@code cell} with {@code {row}} and
     * {@code {column}} replaced by the keys of its row and column. {@code corner} is the text of the cell above the row
     * labels and left of the column headings; a table without row labels ({@code rows} empty) has one row of figures.
     */
    record Matrix(String corner, List<Heading> columns, List<Heading> rows, String cell) implements ReportTable {
        public Matrix {
            columns = List.copyOf(columns);
            rows = List.copyOf(rows);
        }

        /** The column leaves in printed order. */
        public List<Heading> columnLeaves() {
            return leaves(columns);
        }

        /** The row leaves in printed order; one keyless row when the table has no row labels. */
        public List<Heading> rowLeaves() {
            return rows.isEmpty() ? List.of(new Heading("", "", List.of())) : leaves(rows);
        }

        /** Rows of column headings: the depth of the column tree. */
        public int columnDepth() {
            return depth(columns);
        }

        /** Columns of row labels: the depth of the row tree (0 without row labels). */
        public int rowDepth() {
            return depth(rows);
        }

        public String figure(Heading row, Heading column) {
            return cell.replace("{row}", row.key()).replace("{column}", column.key());
        }

        private static List<Heading> leaves(List<Heading> headings) {
            List<Heading> leaves = new ArrayList<>();
            for (Heading heading : headings) {
                if (heading.isLeaf()) {
                    leaves.add(heading);
                } else {
                    leaves.addAll(leaves(heading.children()));
                }
            }
            return leaves;
        }

        private static int depth(List<Heading> headings) {
            int depth = 0;
            for (Heading heading : headings) {
                depth = Math.max(depth, 1 + depth(heading.children()));
            }
            return depth;
        }
    }

    /** A column heading or row label; a group when it has children, else a leaf with a key. */
    record Heading(String label, String key, List<Heading> children) {
        public Heading {
            children = List.copyOf(children);
        }

        public boolean isLeaf() {
            return children.isEmpty();
        }

        /** Leaves under this heading (1 for a leaf). */
        public int span() {
            return isLeaf() ? 1 : children.stream().mapToInt(Heading::span).sum();
        }
    }
}
