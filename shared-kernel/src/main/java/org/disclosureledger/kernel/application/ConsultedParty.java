package org.disclosureledger.kernel.application;

import org.disclosureledger.kernel.vocabulary.OfficialTerm;

/** Whom an agency consults before answering (Art. 32, 34). */
public enum ConsultedParty implements OfficialTerm {
    THIRD_PARTY("第三方"),
    OTHER_AGENCY("其他机关");

    private final String label;

    ConsultedParty(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
