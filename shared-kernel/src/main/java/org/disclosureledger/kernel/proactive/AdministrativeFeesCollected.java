package org.disclosureledger.kernel.proactive;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.disclosureledger.kernel.LedgerEvent;
import org.disclosureledger.kernel.AgencyCode;
import org.disclosureledger.kernel.money.Yuan;

/** 行政事业性收费 collected on one day (Art. 20(8)), exactly in 元. */
@Revision("1")
public record AdministrativeFeesCollected(AgencyCode agency, LocalDate on, Yuan amount) implements LedgerEvent {
    @Override
    public LocalDate businessDate() {
        return on;
    }
}
