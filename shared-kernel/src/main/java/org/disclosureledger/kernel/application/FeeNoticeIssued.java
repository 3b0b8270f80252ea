package org.disclosureledger.kernel.application;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.disclosureledger.kernel.LedgerEvent;
import org.disclosureledger.kernel.agency.AgencyCode;
import org.disclosureledger.kernel.money.Yuan;

/** The agency notified an information processing fee (信息处理费, Art. 42; 国办函〔2020〕109号); the reply clock pauses until it is paid. */
@Revision("1")
public record FeeNoticeIssued(ApplicationId applicationId, LocalDate on, Yuan amount) implements LedgerEvent {
    @Override
    public AgencyCode agency() {
        return applicationId.agency();
    }

    @Override
    public LocalDate businessDate() {
        return on;
    }
}
