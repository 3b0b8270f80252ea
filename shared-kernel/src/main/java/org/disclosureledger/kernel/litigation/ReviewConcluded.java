package org.disclosureledger.kernel.litigation;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.disclosureledger.kernel.LedgerEvent;
import org.disclosureledger.kernel.AgencyCode;

/** The review was decided or otherwise ended. */
@Revision("1")
public record ReviewConcluded(ReviewId reviewId, LocalDate on, Outcome outcome) implements LedgerEvent {
    @Override
    public AgencyCode agency() {
        return reviewId.agency();
    }

    @Override
    public LocalDate businessDate() {
        return on;
    }
}
