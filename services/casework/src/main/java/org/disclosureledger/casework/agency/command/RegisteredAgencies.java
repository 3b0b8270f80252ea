package org.disclosureledger.casework.agency.command;

import org.disclosureledger.kernel.AgencyCode;

/** What command handlers ask of the agency directory: refuse a case of an agency nobody registered. */
public interface RegisteredAgencies {
    /** Throws a {@code Refusal} naming {@code field} when the agency is not registered. */
    void requireRegistered(AgencyCode agency, String field);

    default void requireRegistered(AgencyCode agency) {
        requireRegistered(agency, "agency");
    }
}
