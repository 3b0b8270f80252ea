package org.disclosureledger.kernel.application;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.disclosureledger.kernel.AgencyCode;
import org.disclosureledger.kernel.AgencyScopedId;

/** A disclosure application (政府信息公开申请) registered as one case. */
public record ApplicationId(AgencyCode agency, String number) implements AgencyScopedId {
    public ApplicationId {
        if (agency == null) {
            throw new IllegalArgumentException("application agency is missing");
        }
        AgencyScopedId.validNumber(number, "application");
    }

    public static final String KIND = "application";

    @Override
    public String kind() {
        return KIND;
    }

    public static ApplicationId of(AgencyCode agency, String number) {
        return new ApplicationId(agency, number);
    }

    @JsonCreator
    public static ApplicationId parse(String text) {
        String[] parts = AgencyScopedId.split(text, KIND);
        return new ApplicationId(AgencyCode.of(parts[0]), parts[1]);
    }

    @JsonValue
    @Override
    public String toString() {
        return AgencyScopedId.format(this);
    }
}
