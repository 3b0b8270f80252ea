package org.disclosureledger.casework.web;

import org.disclosureledger.casework.recording.Refusal;
import org.disclosureledger.kernel.agency.AgencyCode;
import org.disclosureledger.kernel.application.ApplicationId;

/** Reads the identifiers of request paths, refusing malformed ones with the reason. */
final class Paths {
    private Paths() {
    }

    static AgencyCode agency(String agency) {
        try {
            return AgencyCode.of(agency);
        } catch (IllegalArgumentException e) {
            throw new Refusal(Refusal.Reason.INVALID_VALUE, "agency", e.getMessage());
        }
    }

    static ApplicationId application(String agency, String application) {
        try {
            return ApplicationId.of(agency(agency), application);
        } catch (IllegalArgumentException e) {
            throw new Refusal(Refusal.Reason.INVALID_VALUE, "application", e.getMessage());
        }
    }
}
