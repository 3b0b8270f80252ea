package org.disclosureledger.kernel.application;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.disclosureledger.kernel.LedgerEvent;
import org.disclosureledger.kernel.AgencyCode;
import org.disclosureledger.kernel.calendar.DueDate;
import org.disclosureledger.kernel.calendar.StatutoryClock;

/**
 * A statutory limit of the case other than the reply (which has {@link ReplyDeadlineSet}) as it stands after a step:
 * the last day to ask for a supplement ({@code SUPPLEMENT_NOTICE}), or the day a consulted party's opinion is due
 * ({@code CONSULTATION_OPINION}), with the calendar version in {@code due} and the count in {@code explanation}.
 */
@Revision("1")
public record DeadlineSet(ApplicationId applicationId, LocalDate on, StatutoryClock clock, DueDate due,
                          List<String> explanation) implements LedgerEvent {
    public DeadlineSet {
        explanation = explanation == null ? List.of() : List.copyOf(explanation);
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
