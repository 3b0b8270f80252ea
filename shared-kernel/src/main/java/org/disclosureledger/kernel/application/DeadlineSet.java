package org.disclosureledger.kernel.application;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.disclosureledger.kernel.LedgerEvent;
import org.disclosureledger.kernel.AgencyCode;
import org.disclosureledger.kernel.calendar.DueDate;
import org.disclosureledger.kernel.calendar.ReckoningStep;
import org.disclosureledger.kernel.calendar.StatutoryClock;

/**
 * A limit of the case other than the reply (which has {@link ReplyDeadlineSet}) as it stands after a step: the last
 * day to ask for a supplement ({@code SUPPLEMENT_NOTICE}), the end of the applicant's supplement period
 * ({@code SUPPLEMENT_PERIOD}), the day a consulted party's opinion is due ({@code CONSULTATION_OPINION}) or the end of
 * the payment period ({@code PAYMENT_PERIOD}), with the calendar version in {@code due} and the count, as data, in
 * {@code reckoning}. Revision 2: the count as steps; revision 1 held it as lines of text ({@code explanation}).
 */
@Revision("2")
public record DeadlineSet(ApplicationId applicationId, LocalDate on, StatutoryClock clock, DueDate due,
                          List<ReckoningStep> reckoning) implements LedgerEvent {
    public DeadlineSet {
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
