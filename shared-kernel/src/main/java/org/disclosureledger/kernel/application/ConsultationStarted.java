package org.disclosureledger.kernel.application;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.disclosureledger.kernel.LedgerEvent;
import org.disclosureledger.kernel.AgencyCode;
import org.disclosureledger.kernel.calendar.DueDate;

/**
 * The agency asked a third party or a co-producing agency for its opinion (Art. 32, 34) on {@code on}; the reply clock
 * pauses. The consulted party has 15 working days from its receipt of the request ({@code partyReceivedOn}; null where
 * not recorded: the day it was sent), due {@code opinionDue}; when they pass with no opinion, the pause ends there by
 * itself (a co-producing agency's silence is consent, Art. 34; for a third party the agency decides, Art. 32).
 * Revision 2 added {@code partyReceivedOn}.
 */
@Revision("2")
public record ConsultationStarted(ApplicationId applicationId, LocalDate on, ConsultedParty party, LocalDate partyReceivedOn,
                                  DueDate opinionDue) implements LedgerEvent {
    /** A request for opinion taken as received the day it was sent. */
    public ConsultationStarted(ApplicationId applicationId, LocalDate on, ConsultedParty party, DueDate opinionDue) {
        this(applicationId, on, party, null, opinionDue);
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
