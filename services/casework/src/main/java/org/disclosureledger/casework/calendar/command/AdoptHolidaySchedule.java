package org.disclosureledger.casework.calendar.command;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Adopts one year's official holiday schedule: a new year's notice, or a correction of the schedule in force. */
public record AdoptHolidaySchedule(@TargetAggregateIdentifier String calendarId, int year, List<LocalDate> holidays,
                                   List<LocalDate> makeupWorkdays, List<String> notices) {
    public AdoptHolidaySchedule(int year, List<LocalDate> holidays, List<LocalDate> makeupWorkdays, List<String> notices) {
        this(OfficialCalendar.ID, year, holidays, makeupWorkdays, notices);
    }
}
