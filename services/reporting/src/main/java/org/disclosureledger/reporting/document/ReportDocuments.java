package org.disclosureledger.reporting.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.disclosureledger.kernel.report.AnnualReport;
import org.disclosureledger.kernel.report.NarrativeSection;
import org.disclosureledger.kernel.report.NarrativeTemplate;
import org.disclosureledger.kernel.report.ReportFigures;
import org.disclosureledger.kernel.report.ReportFormat;

/** Puts a report's tables, its format's layout and the narratives staff wrote together into one {@link ReportDocument}. */
public final class ReportDocuments {
    /** What a narrative section staff have not written yet says, so that the gap is seen before publication. */
    public static final String NOT_WRITTEN = "（本部分尚未撰写。）";

    private ReportDocuments() {
    }

    /**
     * @param narratives the current text of each narrative section staff wrote, placeholders unfilled
     */
    public static ReportDocument assemble(AnnualReport report, ReportFormat format, Map<NarrativeSection, String> narratives) {
        Map<String, String> figures = ReportFigures.of(report);
        List<ReportDocument.Part> parts = new ArrayList<>();
        for (ReportFormat.Section section : format.sections()) {
            if (section.isNarrative()) {
                parts.add(narrative(section, narratives.get(section.narrative()), figures));
            } else {
                parts.add(new ReportDocument.Table(section.numberedHeading(), section.table(), figures));
            }
        }
        return new ReportDocument(format.title(figures), report.agency().value(), report.year(), report.consolidated(),
                format.basis(), parts);
    }

    private static ReportDocument.Narrative narrative(ReportFormat.Section section, String text, Map<String, String> figures) {
        if (text != null && !text.isBlank()) {
            return new ReportDocument.Narrative(section.numberedHeading(), paragraphs(NarrativeTemplate.fill(text, figures)),
                    ReportDocument.Source.STAFF);
        }
        if (section.defaultText() != null) {
            return new ReportDocument.Narrative(section.numberedHeading(), List.of(section.defaultText().choose(figures)),
                    ReportDocument.Source.FORMAT_DEFAULT);
        }
        return new ReportDocument.Narrative(section.numberedHeading(), List.of(NOT_WRITTEN), ReportDocument.Source.MISSING);
    }

    /** One paragraph per non-blank line, without the indentation staff typed (the document indents paragraphs itself). */
    static List<String> paragraphs(String text) {
        List<String> paragraphs = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String stripped = line.strip();
            if (!stripped.isEmpty()) {
                paragraphs.add(stripped);
            }
        }
        return paragraphs;
    }
}
