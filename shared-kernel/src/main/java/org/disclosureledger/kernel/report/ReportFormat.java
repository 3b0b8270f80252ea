package org.disclosureledger.kernel.report;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The layout of the annual report in one format version (for example "2021", 国办公开办函〔2021〕30号): its title, its
 * numbered sections, and for each either the narrative staff write or the table of figures. Read from
 * {@code report-formats/<version>.json} by {@link ReportFormats}, so that a version is added as data.
 *
 * @param title        the document title with placeholders, e.g. {@code {{agencyName}}{{year}}年政府信息公开工作年度报告}
 * @param firstYear    the first report year this format is used for
 * @param lastYear     the last one, or null while it is current
 */
public record ReportFormat(String version, String basis, int firstYear, Integer lastYear, String title, List<Section> sections) {
    public ReportFormat {
        sections = List.copyOf(sections);
    }

    public boolean coversYear(int year) {
        return year >= firstYear && (lastYear == null || year <= lastYear);
    }

    /** The section where staff write {@code narrative}, if this format has one. */
    public Optional<Section> section(NarrativeSection narrative) {
        return sections.stream().filter(section -> section.narrative() == narrative).findFirst();
    }

    public List<NarrativeSection> narrativeSections() {
        return sections.stream().filter(Section::isNarrative).map(Section::narrative).toList();
    }

    /** The title of {@code figures}' report. */
    public String title(Map<String, String> figures) {
        return NarrativeTemplate.fill(title, figures);
    }

    /**
     * A numbered section: a narrative ({@code narrative} set, {@code table} null) or a table ({@code table} set).
     *
     * @param mustQuoteOneOf figures a narrative must quote at least one of (section 六 states the 信息处理费), may be empty
     * @param defaultText    what the section says when staff wrote nothing, or null
     */
    public record Section(String number, String heading, NarrativeSection narrative, List<String> mustQuoteOneOf,
                          DefaultText defaultText, ReportTable table) {
        public Section {
            mustQuoteOneOf = List.copyOf(mustQuoteOneOf);
        }

        public boolean isNarrative() {
            return narrative != null;
        }

        /** As printed: 一、总体情况. */
        public String numberedHeading() {
            return number + "、" + heading;
        }
    }

    /**
     * The text of a narrative section staff left unwritten: {@code ifZero} when {@code figure} is zero, else
     * {@code otherwise}; both may quote figures.
     */
    public record DefaultText(String figure, String ifZero, String otherwise) {
        public String choose(Map<String, String> figures) {
            String value = figures.get(figure);
            boolean zero = value != null && new java.math.BigDecimal(value).signum() == 0;
            return NarrativeTemplate.fill(zero ? ifZero : otherwise, figures);
        }
    }
}
