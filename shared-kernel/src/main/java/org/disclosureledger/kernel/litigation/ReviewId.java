package org.disclosureledger.kernel.litigation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.disclosureledger.kernel.AgencyCode;
import org.disclosureledger.kernel.AgencyScopedId;

/** An administrative review (行政复议) in which the agency is respondent. */
public record ReviewId(AgencyCode agency, String number) implements AgencyScopedId {
    public ReviewId {
        if (agency == null) {
            throw new IllegalArgumentException("review agency is missing");
        }
        AgencyScopedId.validNumber(number, "review");
    }

    public static final String KIND = "review";

    @Override
    public String kind() {
        return KIND;
    }

    public static ReviewId of(AgencyCode agency, String number) {
        return new ReviewId(agency, number);
    }

    @JsonCreator
    public static ReviewId parse(String text) {
        String[] parts = AgencyScopedId.split(text, KIND);
        return new ReviewId(AgencyCode.of(parts[0]), parts[1]);
    }

    @JsonValue
    @Override
    public String toString() {
        return AgencyScopedId.format(this);
    }
}
