package org.disclosureledger.casework.platform.web;

import org.disclosureledger.casework.platform.problems.Refusal;
import org.disclosureledger.kernel.AgencyCode;
import org.disclosureledger.kernel.application.ApplicationId;

/** Reads the identifiers of request paths, refusing malformed ones with the reason. */
public final class Paths {
    private Paths() {
    }

    public static AgencyCode agency(String agency) {
        try {
            return AgencyCode.of(agency);
        } catch (IllegalArgumentException e) {
            throw new Refusal(Refusal.Reason.INVALID_VALUE, "agency", e.getMessage());
        }
    }

    public static ApplicationId application(String agency, String application) {
        try {
            return ApplicationId.of(agency(agency), application);
        } catch (IllegalArgumentException e) {
            throw new Refusal(Refusal.Reason.INVALID_VALUE, "application", e.getMessage());
        }
    }
}
