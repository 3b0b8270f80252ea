package org.disclosureledger.reporting.web;

import org.disclosureledger.kernel.AgencyCode;
import org.disclosureledger.platform.problem.InvalidParameter;

/** Reads the parameters of a report request (the same on every report path), refusing a malformed one naming it. */
final class ReportRequest {
    private ReportRequest() {
    }

    static AgencyCode agency(String agency) {
        try {
            return AgencyCode.of(agency);
        } catch (IllegalArgumentException e) {
            throw new InvalidParameter("agency", e.getMessage());
        }
    }

    static int year(String year) {
        if (year == null || !year.matches("[1-9][0-9]{3}")) {
            throw new InvalidParameter("year", "year must be four digits such as 2021, not '" + year + "'");
        }
        return Integer.parseInt(year);
    }

    static boolean consolidated(String scope) {
        if (scope == null || scope.equals("agency")) {
            return false;
        }
        if (scope.equals("consolidated")) {
            return true;
        }
        throw new InvalidParameter("scope", "scope must be 'agency' (the default) or 'consolidated', not '" + scope + "'");
    }
}
