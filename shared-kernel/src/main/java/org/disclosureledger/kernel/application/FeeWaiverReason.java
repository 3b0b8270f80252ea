package org.disclosureledger.kernel.application;

import org.disclosureledger.kernel.vocabulary.OfficialTerm;

/**
 * Why an agency reduced or waived an information processing fee (减免, 国办函〔2020〕109号). A code, not free text: an
 * applicant's circumstances are personal data and stay out of the events.
 */
public enum FeeWaiverReason implements OfficialTerm {
    /** The applicant is in real financial difficulty. */
    ECONOMIC_HARDSHIP("申请人确有经济困难"),
    /** Any other reason the agency accepted. */
    OTHER("其他");

    private final String label;

    FeeWaiverReason(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
