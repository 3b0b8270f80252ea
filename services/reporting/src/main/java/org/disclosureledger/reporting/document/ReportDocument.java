package org.disclosureledger.reporting.document;

import java.util.List;
import java.util.Map;
import org.disclosureledger.kernel.report.ReportTable;

/**
 * The content of one published annual report, in the order of its format, ready for a renderer: the title, then each
 * section under its numbered heading with either the narrative's paragraphs (figures filled in) or a table and the
 * figures its cells name.
 */
public record ReportDocument(String title, String agency, int year, boolean consolidated, String formatBasis, List<Part> parts) {
    public ReportDocument {
        parts = List.copyOf(parts);
    }

    /** A numbered section of the document. */
    public sealed interface Part permits Narrative, Table {
        /** As printed: 一、总体情况. */
        String heading();
    }

    /** A narrative section: its paragraphs with the figures filled in, and where they come from. */
    public record Narrative(String heading, List<String> paragraphs, Source source) implements Part {
        public Narrative {
            paragraphs = List.copyOf(paragraphs);
        }

        /** Whether the section still has to be written before the report is published. */
        public boolean missing() {
            return source == Source.MISSING;
        }
    }

    /** Where a narrative's text comes from: staff, the format's default text, or nowhere yet (a note says so). */
    public enum Source { STAFF, FORMAT_DEFAULT, MISSING }

    /** A table section: the layout of its table and every figure of the report by name. */
    public record Table(String heading, ReportTable table, Map<String, String> figures) implements Part {
        public Table {
            figures = Map.copyOf(figures);
        }
    }
}
