package org.disclosureledger.kernel.application;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.disclosureledger.kernel.LedgerEvent;
import org.disclosureledger.kernel.AgencyCode;

/**
 * The reply period ended on {@code dueOn} without an answer: recorded by the statutory clock, dated {@code on}, the
 * first day after the due date (whenever the clock got to record it), with the calendar version of the due date.
 */
@Revision("1")
public record ReplyOverdue(ApplicationId applicationId, LocalDate on, LocalDate dueOn, int calendarVersion) implements LedgerEvent {
    @Override
    public AgencyCode agency() {
        return applicationId.agency();
    }

    @Override
    public LocalDate businessDate() {
        return on;
    }
}
