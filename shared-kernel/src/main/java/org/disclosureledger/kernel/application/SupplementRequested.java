package org.disclosureledger.kernel.application;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.disclosureledger.kernel.LedgerEvent;
import org.disclosureledger.kernel.AgencyCode;
import org.disclosureledger.kernel.calendar.DueDate;

/**
 * The agency asked the applicant to supplement or correct the application (补正, Art. 30), with the reasonable period it
 * gave: to {@code supplementDueOn}, or {@code supplementWorkingDays} working days from {@code on} (neither: not recorded,
 * as in older ledgers). The notice is late when given after its 7-working-day limit ({@code noticeDue}). Revision 2 added
 * {@code supplementWorkingDays}.
 */
@Revision("2")
public record SupplementRequested(ApplicationId applicationId, LocalDate on, LocalDate supplementDueOn, Integer supplementWorkingDays,
                                  DueDate noticeDue, boolean late) implements LedgerEvent {
    /** A request whose period is a date, or unknown. */
    public SupplementRequested(ApplicationId applicationId, LocalDate on, LocalDate supplementDueOn, DueDate noticeDue, boolean late) {
        this(applicationId, on, supplementDueOn, null, noticeDue, late);
    }

    @Override
    public AgencyCode agency() {
        return applicationId.agency();
    }

    @Override
    public LocalDate businessDate() {
        return on;
    }
}
