package org.disclosureledger.kernel.application;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.disclosureledger.kernel.LedgerEvent;
import org.disclosureledger.kernel.AgencyCode;
import org.disclosureledger.kernel.calendar.DueDate;

/** The reply due date as it stands after a step, with the calendar version and the steps that made it; {@code due} is null while the clock is stopped (waiting on the applicant, paused for a consultation or a fee). */
@Revision("1")
public record ReplyDeadlineSet(ApplicationId applicationId, LocalDate on, DueDate due, List<String> explanation) implements LedgerEvent {
    @Override
    public AgencyCode agency() {
        return applicationId.agency();
    }

    @Override
    public LocalDate businessDate() {
        return on;
    }
}
