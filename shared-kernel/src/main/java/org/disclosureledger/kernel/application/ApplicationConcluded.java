package org.disclosureledger.kernel.application;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.disclosureledger.kernel.LedgerEvent;
import org.disclosureledger.kernel.AgencyCode;

/** The case is concluded with its one final result, on the date that decides its report year; late when after the reply was due. */
@Revision("1")
public record ApplicationConcluded(ApplicationId applicationId, LocalDate on, ApplicationResult result, LocalDate replyDueOn, boolean late) implements LedgerEvent {
    @Override
    public AgencyCode agency() {
        return applicationId.agency();
    }

    @Override
    public LocalDate businessDate() {
        return on;
    }
}
