package org.disclosureledger.kernel.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * A period of the case that starts on {@code from} ({@code cause}) and ends either on a day set as a date
 * ({@code endsOn}: the agency set it so) or at the end of the {@code workingDays}-th working day after {@code from}
 * (day 0, not counted): a limit the law fixes, or a period the agency gave in working days. Counted with the calendar
 * in force, so that a new calendar version recounts it.
 */
public record Period(LocalDate from, ClockStart cause, StatutoryClock clock, Integer workingDays, LocalDate endsOn) {
    public Period {
        if ((workingDays == null) == (endsOn == null)) {
            throw new IllegalArgumentException("a period ends either on a date or after a number of working days: " + workingDays + ", " + endsOn);
        }
    }

    /** The period the law fixes for {@code clock}, from {@code from}. */
    public static Period statutory(LocalDate from, ClockStart cause, StatutoryClock clock) {
        return new Period(from, cause, clock, clock.workingDays(), null);
    }

    /** The period an agency set: to {@code endsOn} if it named a date, else {@code workingDays} working days. */
    public static Period set(LocalDate from, ClockStart cause, StatutoryClock clock, Integer workingDays, LocalDate endsOn) {
        return endsOn != null ? new Period(from, cause, clock, null, endsOn) : new Period(from, cause, clock, workingDays, null);
    }

    /** The day it ends and how that day was reached. */
    public Reckoning reckon(WorkingDayCalendar calendar) {
        if (endsOn != null) {
            return new Reckoning(new DueDate(endsOn, false, calendar.version()), List.of(new ReckoningStep.SetByAgency(from, cause, endsOn, clock)));
        }
        return calendar.reckon(new ReckoningStep.Start(from, cause, workingDays, clock));
    }
}
