package org.disclosureledger.kernel.proactive;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.disclosureledger.kernel.AgencyCode;
import org.disclosureledger.kernel.AgencyScopedId;

/** One proactively published item (主动公开信息). */
public record PublishedItemId(AgencyCode agency, String number) implements AgencyScopedId {
    public PublishedItemId {
        if (agency == null) {
            throw new IllegalArgumentException("item agency is missing");
        }
        AgencyScopedId.validNumber(number, "item");
    }

    public static final String KIND = "item";

    @Override
    public String kind() {
        return KIND;
    }

    public static PublishedItemId of(AgencyCode agency, String number) {
        return new PublishedItemId(agency, number);
    }

    @JsonCreator
    public static PublishedItemId parse(String text) {
        String[] parts = AgencyScopedId.split(text, KIND);
        return new PublishedItemId(AgencyCode.of(parts[0]), parts[1]);
    }

    @JsonValue
    @Override
    public String toString() {
        return AgencyScopedId.format(this);
    }
}
