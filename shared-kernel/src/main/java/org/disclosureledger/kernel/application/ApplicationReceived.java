package org.disclosureledger.kernel.application;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.disclosureledger.kernel.LedgerEvent;
import org.disclosureledger.kernel.AgencyCode;

/** An application was received (收到申请, Art. 29, 31) on the date of receipt its channel gives. The applicant's identity and the request's text are personal data and are kept outside the event history. */
@Revision("1")
public record ApplicationReceived(ApplicationId applicationId, LocalDate receivedOn, ApplicantCategory applicantCategory, ReceiptChannel channel) implements LedgerEvent {
    @Override
    public AgencyCode agency() {
        return applicationId.agency();
    }

    @Override
    public LocalDate businessDate() {
        return receivedOn;
    }
}
