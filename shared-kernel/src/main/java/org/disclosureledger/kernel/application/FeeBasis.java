package org.disclosureledger.kernel.application;

import org.disclosureledger.kernel.vocabulary.OfficialTerm;

/** The two schedules of information processing fees (国办函〔2020〕109号): by the number of applications, or by volume. */
public enum FeeBasis implements OfficialTerm {
    /** 按件: by how many applications the applicant made in the calendar month. */
    PER_APPLICATION("按件计收"),
    /** 按量: by the pages of paper copies, e-mail or copied data. */
    PER_VOLUME("按量计收");

    private final String label;

    FeeBasis(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
