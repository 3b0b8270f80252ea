package org.disclosureledger.kernel.application;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.disclosureledger.kernel.LedgerEvent;
import org.disclosureledger.kernel.AgencyCode;

/**
 * The agency, finding the application's volume or frequency clearly beyond a reasonable range, could not reply within
 * the period of Art. 33 and set a reasonable period for a deferred reply (延迟答复, Art. 35): to {@code dueOn}, or
 * {@code workingDays} working days from {@code on}. The reply is then due at the end of that period (the
 * {@link ReplyDeadlineSet} that follows); late when decided after the reply was already due.
 */
@Revision("1")
public record ReplyDeferred(ApplicationId applicationId, LocalDate on, LocalDate dueOn, Integer workingDays, boolean late) implements LedgerEvent {
    @Override
    public AgencyCode agency() {
        return applicationId.agency();
    }

    @Override
    public LocalDate businessDate() {
        return on;
    }
}
