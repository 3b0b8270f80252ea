package org.disclosureledger.kernel.litigation;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.disclosureledger.kernel.LedgerEvent;
import org.disclosureledger.kernel.AgencyCode;

/** The lawsuit was decided or otherwise ended. */
@Revision("1")
public record LawsuitConcluded(LawsuitId lawsuitId, LocalDate on, Outcome outcome) implements LedgerEvent {
    @Override
    public AgencyCode agency() {
        return lawsuitId.agency();
    }

    @Override
    public LocalDate businessDate() {
        return on;
    }
}
