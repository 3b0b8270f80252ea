package org.disclosureledger.kernel.application;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.disclosureledger.kernel.LedgerEvent;
import org.disclosureledger.kernel.AgencyCode;
import org.disclosureledger.kernel.calendar.DueDate;
import org.disclosureledger.kernel.calendar.ReckoningStep;

/**
 * The reply due date as it stands after a step, with the calendar version and, as data, the steps of the count that
 * reached it ({@code reckoning}); {@code due} is null while the clock stands still (a pause with no known end).
 * Revision 2: the count as steps; revision 1 held it as lines of text ({@code explanation}), read back as steps.
 */
@Revision("2")
public record ReplyDeadlineSet(ApplicationId applicationId, LocalDate on, DueDate due, List<ReckoningStep> reckoning) implements LedgerEvent {
    public ReplyDeadlineSet {
        reckoning = reckoning == null ? List.of() : List.copyOf(reckoning);
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
