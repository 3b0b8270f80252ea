package org.disclosureledger.kernel.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * One year's official schedule from the State Council General Office: the days off and the weekend days that
 * are worked instead (调休上班). A year's notice may name days of the neighbouring years (2019's names
 * 2018-12-29..31), which count as given.
 */
public record HolidaySchedule(int year, Set<LocalDate> holidays, Set<LocalDate> makeupWorkdays, List<String> notices) {
    public HolidaySchedule {
        holidays = Set.copyOf(holidays);
        makeupWorkdays = Set.copyOf(makeupWorkdays);
        notices = List.copyOf(notices);
        for (LocalDate day : holidays) {
            if (makeupWorkdays.contains(day)) {
                throw new IllegalArgumentException("schedule " + year + ": " + day + " is both a holiday and a make-up working day");
            }
            if (Math.abs(day.getYear() - year) > 1) {
                throw new IllegalArgumentException("schedule " + year + ": holiday " + day + " is outside the year");
            }
        }
        for (LocalDate day : makeupWorkdays) {
            if (Math.abs(day.getYear() - year) > 1) {
                throw new IllegalArgumentException("schedule " + year + ": make-up working day " + day + " is outside the year");
            }
        }
    }
}
