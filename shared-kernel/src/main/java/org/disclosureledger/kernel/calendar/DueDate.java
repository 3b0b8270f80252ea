package org.disclosureledger.kernel.calendar;

import java.time.LocalDate;

/**
 * A statutory due date: the last day (inclusive) on which the step is in time, whether any day counted
 * lies in a year with no published schedule (provisional), and the calendar version it was computed with.
 */
public record DueDate(LocalDate on, boolean provisional, int calendarVersion) {
    public boolean isMissedBy(LocalDate stepDate) {
        return stepDate.isAfter(on);
    }
}
