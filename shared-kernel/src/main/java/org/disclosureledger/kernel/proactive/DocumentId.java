package org.disclosureledger.kernel.proactive;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.disclosureledger.kernel.AgencyCode;
import org.disclosureledger.kernel.AgencyScopedId;

/** A 规章 or 行政规范性文件 by the agency's own document number. */
public record DocumentId(AgencyCode agency, String number) implements AgencyScopedId {
    public DocumentId {
        if (agency == null) {
            throw new IllegalArgumentException("document agency is missing");
        }
        AgencyScopedId.validNumber(number, "document");
    }

    public static final String KIND = "document";

    @Override
    public String kind() {
        return KIND;
    }

    public static DocumentId of(AgencyCode agency, String number) {
        return new DocumentId(agency, number);
    }

    @JsonCreator
    public static DocumentId parse(String text) {
        String[] parts = AgencyScopedId.split(text, KIND);
        return new DocumentId(AgencyCode.of(parts[0]), parts[1]);
    }

    @JsonValue
    @Override
    public String toString() {
        return AgencyScopedId.format(this);
    }
}
