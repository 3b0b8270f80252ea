package org.disclosureledger.kernel.proactive;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.disclosureledger.kernel.LedgerEvent;
import org.disclosureledger.kernel.AgencyCode;

/** A document was repealed and is no longer in force. */
@Revision("1")
public record DocumentRepealed(DocumentId documentId, LocalDate on) implements LedgerEvent {
    @Override
    public AgencyCode agency() {
        return documentId.agency();
    }

    @Override
    public LocalDate businessDate() {
        return on;
    }
}
