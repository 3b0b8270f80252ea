package org.disclosureledger.kernel.application;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.disclosureledger.kernel.LedgerEvent;
import org.disclosureledger.kernel.AgencyCode;
import org.disclosureledger.kernel.money.Yuan;

/**
 * The agency notified an information processing fee (信息处理费, Art. 42; 国办函〔2020〕109号); the reply clock pauses until
 * it is paid or waived, at the longest for the payment period the notice gives: to {@code payBy}, or
 * {@code payWithinWorkingDays} working days from {@code on} (neither: not recorded, as in older ledgers).
 * {@code computation} shows how the system computed the amount; it is null where the amount was given as is (imports of
 * older ledgers). Revision 2 added the payment period.
 */
@Revision("2")
public record FeeNoticeIssued(ApplicationId applicationId, LocalDate on, Yuan amount, FeeComputation computation, LocalDate payBy,
                              Integer payWithinWorkingDays) implements LedgerEvent {
    public FeeNoticeIssued(ApplicationId applicationId, LocalDate on, Yuan amount) {
        this(applicationId, on, amount, null, null, null);
    }

    public FeeNoticeIssued(ApplicationId applicationId, LocalDate on, Yuan amount, FeeComputation computation) {
        this(applicationId, on, amount, computation, null, null);
    }

    @Override
    public AgencyCode agency() {
        return applicationId.agency();
    }

    @Override
    public LocalDate businessDate() {
        return on;
    }
}
