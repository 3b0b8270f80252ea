package org.disclosureledger.kernel.application;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.disclosureledger.kernel.LedgerEvent;
import org.disclosureledger.kernel.AgencyCode;

/** The reply period was extended (Art. 33 ¶2), at most 20 working days and once; late when granted after the reply was due. */
@Revision("1")
public record ReplyExtended(ApplicationId applicationId, LocalDate on, int workingDays, boolean late) implements LedgerEvent {
    @Override
    public AgencyCode agency() {
        return applicationId.agency();
    }

    @Override
    public LocalDate businessDate() {
        return on;
    }
}
