package org.disclosureledger.kernel.proactive;

import org.disclosureledger.kernel.vocabulary.OfficialTerm;

/** Administrative decisions counted under Art. 20(5) and 20(6). */
public enum DecisionKind implements OfficialTerm {
    LICENSING("行政许可"),
    PENALTY("行政处罚"),
    COMPULSION("行政强制");

    private final String label;

    DecisionKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
