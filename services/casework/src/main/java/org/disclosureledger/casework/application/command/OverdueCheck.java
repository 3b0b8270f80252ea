package org.disclosureledger.casework.application.command;

import java.time.LocalDate;
import org.disclosureledger.kernel.application.ApplicationId;

/**
 * The payload of a statutory deadline: when it fires (the first moment, in China, of the day after {@code dueOn}) the
 * case records the clock as overdue if that due date still stands and the step has not been taken.
 */
public record OverdueCheck(ApplicationId applicationId, LocalDate dueOn) {
    /** Deadline name of the reply period (Art. 33). */
    public static final String REPLY = "reply-overdue";
    /** Deadline name of a consulted party's period (Art. 32, 34). */
    public static final String CONSULTATION_OPINION = "consultation-opinion-overdue";
}
