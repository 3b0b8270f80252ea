package org.disclosureledger.kernel.report;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.disclosureledger.kernel.AgencyCode;
import org.disclosureledger.kernel.AgencyScopedId;

/** The annual report of one agency for one year, as the text {@code agency/report/2021}. */
public record AnnualReportId(AgencyCode agency, int year) implements AgencyScopedId {
    public static final String KIND = "report";

    public AnnualReportId {
        if (agency == null) {
            throw new IllegalArgumentException("report agency is missing");
        }
        if (year < 1000 || year > 9999) {
            throw new IllegalArgumentException("report year must have four digits: " + year);
        }
    }

    public static AnnualReportId of(AgencyCode agency, int year) {
        return new AnnualReportId(agency, year);
    }

    @JsonCreator
    public static AnnualReportId parse(String text) {
        String[] parts = AgencyScopedId.split(text, KIND);
        if (!parts[1].matches("\\d{4}")) {
            throw new IllegalArgumentException("report id must end in a four-digit year: " + text);
        }
        return new AnnualReportId(AgencyCode.of(parts[0]), Integer.parseInt(parts[1]));
    }

    @Override
    public String number() {
        return String.valueOf(year);
    }

    @Override
    public String kind() {
        return KIND;
    }

    @JsonValue
    @Override
    public String toString() {
        return AgencyScopedId.format(this);
    }
}
