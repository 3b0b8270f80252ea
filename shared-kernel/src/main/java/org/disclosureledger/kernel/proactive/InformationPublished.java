package org.disclosureledger.kernel.proactive;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.disclosureledger.kernel.LedgerEvent;
import org.disclosureledger.kernel.agency.AgencyCode;

/** One item was published proactively through a channel. */
@Revision("1")
public record InformationPublished(PublishedItemId itemId, LocalDate on, PublicationChannel channel, String title) implements LedgerEvent {
    @Override
    public AgencyCode agency() {
        return itemId.agency();
    }

    @Override
    public LocalDate businessDate() {
        return on;
    }
}
