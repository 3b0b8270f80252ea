package org.disclosureledger.kernel.calendar;

import java.util.List;

/**
 * A count of working days with its working shown: the due date it reached and, in order, the days that an auditor
 * checks against the official notices (holiday blocks skipped, make-up working days counted, days past the
 * published schedules counted by weekday only).
 */
public record Reckoning(DueDate due, List<String> steps) {
    public Reckoning {
        steps = List.copyOf(steps);
    }
}
