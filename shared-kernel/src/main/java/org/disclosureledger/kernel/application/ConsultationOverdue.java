package org.disclosureledger.kernel.application;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.disclosureledger.kernel.LedgerEvent;
import org.disclosureledger.kernel.AgencyCode;

/**
 * The consulted party's 15 working days ended on {@code dueOn} with the consultation still open (a co-producing
 * agency's silence counts as consent, Art. 34): dated {@code on}, the first day after the due date.
 */
@Revision("1")
public record ConsultationOverdue(ApplicationId applicationId, LocalDate on, LocalDate dueOn, int calendarVersion) implements LedgerEvent {
    @Override
    public AgencyCode agency() {
        return applicationId.agency();
    }

    @Override
    public LocalDate businessDate() {
        return on;
    }
}
