package org.disclosureledger.kernel.proactive;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.disclosureledger.kernel.LedgerEvent;
import org.disclosureledger.kernel.AgencyCode;

/** Administrative decisions made on one day (Art. 20(5), 20(6)), as a dated count. */
@Revision("1")
public record DecisionsRecorded(AgencyCode agency, DecisionKind kind, LocalDate on, int count) implements LedgerEvent {
    @Override
    public LocalDate businessDate() {
        return on;
    }
}
