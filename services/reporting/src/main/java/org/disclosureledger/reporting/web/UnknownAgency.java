package org.disclosureledger.reporting.web;

import org.disclosureledger.platform.problem.Problem;

/** No agency of that code is registered: 404. */
public class UnknownAgency extends Problem {
    public static final String REASON = "UNKNOWN_AGENCY";

    public UnknownAgency(String agency) {
        super(404, REASON, "agency", "Unknown agency", "agency '" + agency + "' is not registered");
    }
}
