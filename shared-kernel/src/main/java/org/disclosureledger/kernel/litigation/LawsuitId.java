package org.disclosureledger.kernel.litigation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.disclosureledger.kernel.AgencyCode;
import org.disclosureledger.kernel.AgencyScopedId;

/** An administrative lawsuit (行政诉讼) in which the agency is defendant. */
public record LawsuitId(AgencyCode agency, String number) implements AgencyScopedId {
    public LawsuitId {
        if (agency == null) {
            throw new IllegalArgumentException("lawsuit agency is missing");
        }
        AgencyScopedId.validNumber(number, "lawsuit");
    }

    public static final String KIND = "lawsuit";

    @Override
    public String kind() {
        return KIND;
    }

    public static LawsuitId of(AgencyCode agency, String number) {
        return new LawsuitId(agency, number);
    }

    @JsonCreator
    public static LawsuitId parse(String text) {
        String[] parts = AgencyScopedId.split(text, KIND);
        return new LawsuitId(AgencyCode.of(parts[0]), parts[1]);
    }

    @JsonValue
    @Override
    public String toString() {
        return AgencyScopedId.format(this);
    }
}
