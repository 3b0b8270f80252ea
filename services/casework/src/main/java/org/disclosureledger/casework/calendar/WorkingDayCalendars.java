package org.disclosureledger.casework.calendar;

import org.disclosureledger.kernel.calendar.WorkingDayCalendar;

/** Where command handlers get the working-day calendar in force; it changes when a new notice is recorded. */
public interface WorkingDayCalendars {
    WorkingDayCalendar current();
}
