package org.disclosureledger.kernel.application;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.disclosureledger.kernel.LedgerEvent;
import org.disclosureledger.kernel.AgencyCode;
import org.disclosureledger.kernel.calendar.DueDate;

/** The agency asked a third party or a co-producing agency for its opinion (Art. 32, 34); the reply clock pauses. The consulted party has 15 working days. */
@Revision("1")
public record ConsultationStarted(ApplicationId applicationId, LocalDate on, ConsultedParty party, DueDate opinionDue) implements LedgerEvent {
    @Override
    public AgencyCode agency() {
        return applicationId.agency();
    }

    @Override
    public LocalDate businessDate() {
        return on;
    }
}
