package org.disclosureledger.reporting.calculation;

import org.disclosureledger.kernel.AgencyCode;

/** Whose report it is: one agency alone, or consolidated over the agency and every agency under it. */
public record ReportSubject(AgencyCode agency, String agencyName, boolean consolidated) {
}
