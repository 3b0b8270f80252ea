package org.disclosureledger.kernel.application;

import org.disclosureledger.kernel.vocabulary.OfficialTerm;

/** How an application reached the agency; it decides the date of receipt (Art. 31). */
public enum ReceiptChannel implements OfficialTerm {
    IN_PERSON("当面提交"),
    POST("邮寄"),
    LETTER("平信"),
    ONLINE("互联网"),
    FAX("传真"),
    OTHER("其他");

    private final String label;

    ReceiptChannel(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
