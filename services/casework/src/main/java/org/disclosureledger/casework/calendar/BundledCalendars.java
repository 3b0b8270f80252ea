package org.disclosureledger.casework.calendar;

import org.disclosureledger.kernel.calendar.OfficialCalendarFile;
import org.disclosureledger.kernel.calendar.WorkingDayCalendar;
import org.springframework.stereotype.Component;

/** The official schedules that ship with the kernel (2019–2026), as calendar version 1. */
@Component
public class BundledCalendars implements WorkingDayCalendars {
    private final WorkingDayCalendar calendar = OfficialCalendarFile.bundled();

    @Override
    public WorkingDayCalendar current() {
        return calendar;
    }
}
