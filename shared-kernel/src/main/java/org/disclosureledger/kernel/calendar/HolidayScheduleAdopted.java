package org.disclosureledger.kernel.calendar;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * An administrator adopted one year's official holiday schedule (a new year's notice of the State Council General
 * Office, or a correction of a schedule in force). The calendar in force becomes {@code version}; every due date
 * computed afterwards names it. The calendar is national: this event belongs to no agency and is no
 * {@code LedgerEvent}. {@code on} is the day it was adopted (China), dates are sorted.
 */
@Revision("1")
public record HolidayScheduleAdopted(int year, List<LocalDate> holidays, List<LocalDate> makeupWorkdays, List<String> notices,
                                     int version, LocalDate on) {
    public HolidayScheduleAdopted {
        holidays = List.copyOf(holidays);
        makeupWorkdays = List.copyOf(makeupWorkdays);
        notices = List.copyOf(notices);
    }

    public HolidaySchedule schedule() {
        return new HolidaySchedule(year, new java.util.LinkedHashSet<>(holidays), new java.util.LinkedHashSet<>(makeupWorkdays), notices);
    }
}
