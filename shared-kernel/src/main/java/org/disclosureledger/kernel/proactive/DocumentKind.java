package org.disclosureledger.kernel.proactive;

import org.disclosureledger.kernel.vocabulary.OfficialTerm;

/** Documents counted under Art. 20(1). */
public enum DocumentKind implements OfficialTerm {
    RULE("规章"),
    NORMATIVE_DOCUMENT("行政规范性文件");

    private final String label;

    DocumentKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
