package org.disclosureledger.kernel.litigation;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.disclosureledger.kernel.LedgerEvent;
import org.disclosureledger.kernel.AgencyCode;
import org.disclosureledger.kernel.application.ApplicationId;

/** An administrative review (行政复议) of the agency's disclosure work was filed, possibly about one application. */
@Revision("1")
public record ReviewFiled(ReviewId reviewId, LocalDate on, ApplicationId applicationId) implements LedgerEvent {
    @Override
    public AgencyCode agency() {
        return reviewId.agency();
    }

    @Override
    public LocalDate businessDate() {
        return on;
    }
}
