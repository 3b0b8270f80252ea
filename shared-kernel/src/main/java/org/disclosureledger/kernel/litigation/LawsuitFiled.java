package org.disclosureledger.kernel.litigation;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.disclosureledger.kernel.LedgerEvent;
import org.disclosureledger.kernel.AgencyCode;
import org.disclosureledger.kernel.application.ApplicationId;

/** An administrative lawsuit (行政诉讼) with the agency as defendant, directly or after a review. */
@Revision("1")
public record LawsuitFiled(LawsuitId lawsuitId, LocalDate on, boolean afterReview, ApplicationId applicationId) implements LedgerEvent {
    @Override
    public AgencyCode agency() {
        return lawsuitId.agency();
    }

    @Override
    public LocalDate businessDate() {
        return on;
    }
}
