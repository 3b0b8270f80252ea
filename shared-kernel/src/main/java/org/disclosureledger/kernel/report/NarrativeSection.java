package org.disclosureledger.kernel.report;

import org.disclosureledger.kernel.vocabulary.OfficialTerm;

/**
 * The sections of the annual report that staff write (the others are tables computed from the records). Which
 * sections a format version has, their numbers and headings, are in its layout ({@link ReportFormat}).
 */
public enum NarrativeSection implements OfficialTerm {
    /** 一、总体情况. */
    OVERVIEW("总体情况"),
    /** 五、存在的主要问题及改进情况. */
    PROBLEMS_AND_IMPROVEMENTS("存在的主要问题及改进情况"),
    /** 六、其他需要报告的事项: by practice it states the 信息处理费 collected in the year, even when none. */
    OTHER_MATTERS("其他需要报告的事项");

    private final String label;

    NarrativeSection(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
