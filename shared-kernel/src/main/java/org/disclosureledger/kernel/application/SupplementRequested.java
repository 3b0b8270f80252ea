package org.disclosureledger.kernel.application;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.disclosureledger.kernel.LedgerEvent;
import org.disclosureledger.kernel.AgencyCode;
import org.disclosureledger.kernel.calendar.DueDate;

/** The agency asked the applicant to supplement or correct the application (补正, Art. 30); the notice is late when given after its 7-working-day limit. */
@Revision("1")
public record SupplementRequested(ApplicationId applicationId, LocalDate on, LocalDate supplementDueOn, DueDate noticeDue, boolean late) implements LedgerEvent {
    @Override
    public AgencyCode agency() {
        return applicationId.agency();
    }

    @Override
    public LocalDate businessDate() {
        return on;
    }
}
