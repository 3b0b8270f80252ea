package org.disclosureledger.kernel.proactive;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.disclosureledger.kernel.LedgerEvent;
import org.disclosureledger.kernel.AgencyCode;

/** A 规章 or 行政规范性文件 was issued (Art. 20(1)). */
@Revision("1")
public record DocumentIssued(DocumentId documentId, DocumentKind kind, LocalDate on, String title) implements LedgerEvent {
    @Override
    public AgencyCode agency() {
        return documentId.agency();
    }

    @Override
    public LocalDate businessDate() {
        return on;
    }
}
