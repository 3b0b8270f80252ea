package org.disclosureledger.casework.calendar.command;

import org.disclosureledger.kernel.calendar.OfficialCalendarFile;
import org.disclosureledger.kernel.calendar.WorkingDayCalendar;

/**
 * Where command handlers get the working-day calendar in force: the schedules bundled with the kernel (version 1)
 * and every schedule an administrator adopted since ({@link OfficialCalendars}).
 */
@FunctionalInterface
public interface WorkingDayCalendars {
    WorkingDayCalendar current();

    /** The bundled schedules alone, version 1: what aggregate tests count with. */
    static WorkingDayCalendars bundled() {
        WorkingDayCalendar calendar = OfficialCalendarFile.bundled();
        return () -> calendar;
    }
}
