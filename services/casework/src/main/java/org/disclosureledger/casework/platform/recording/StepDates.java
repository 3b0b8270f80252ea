package org.disclosureledger.casework.platform.recording;

import org.disclosureledger.casework.platform.problems.Refusal;
import java.time.LocalDate;
import org.disclosureledger.casework.platform.problems.Refusal.Reason;

/** The date rules every case shares: a step happened, not in the future, and not before the step it follows. */
public final class StepDates {
    private StepDates() {
    }

    public static void requirePresent(LocalDate on, String field) {
        if (on == null) {
            throw new Refusal(Reason.INVALID_VALUE, field, field + " is missing");
        }
    }

    public static void requireNotInFuture(LocalDate on, Recording recording, String field) {
        requirePresent(on, field);
        if (on.isAfter(recording.today())) {
            throw new Refusal(Reason.DATE_IN_FUTURE, field,
                    field + " " + on + " is in the future (today is " + recording.today() + " in China)");
        }
    }

    public static void requireNotBefore(LocalDate on, LocalDate previous, String previousWhat, String field) {
        if (on.isBefore(previous)) {
            throw new Refusal(Reason.DATE_BEFORE_PREVIOUS_STEP, field,
                    field + " " + on + " is before " + previousWhat + " on " + previous);
        }
    }
}
