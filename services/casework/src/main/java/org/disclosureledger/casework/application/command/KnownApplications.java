package org.disclosureledger.casework.application.command;

import org.disclosureledger.kernel.application.ApplicationId;

/** What a review or lawsuit asks before it refers to an application: that it was received. */
public interface KnownApplications {
    /** Throws a {@code Refusal} naming {@code field} when no such application was received. */
    void requireKnown(ApplicationId applicationId, String field);
}
