package org.disclosureledger.casework.calendar.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.disclosureledger.casework.platform.recording.Recording;
import org.disclosureledger.casework.platform.problems.Refusal;
import org.disclosureledger.casework.platform.problems.Refusal.Reason;
import org.disclosureledger.kernel.calendar.HolidaySchedule;
import org.disclosureledger.kernel.calendar.HolidayScheduleAdopted;
import org.disclosureledger.kernel.calendar.OfficialCalendarFile;
import org.disclosureledger.kernel.calendar.WorkingDayCalendar;

/**
 * China's official working-day calendar as the ledger keeps it: the schedules bundled with the kernel (version 1),
 * then each schedule an administrator adopted, one version each. It checks a schedule before adopting it, so that no
 * due date is ever counted with a schedule that cannot be right. One instance, {@link #ID}.
 */
@Aggregate
public class OfficialCalendar {
    public static final String ID = "official-calendar";
    static final int EARLIEST_YEAR = 2000;
    static final int LATEST_YEAR = 2100;
    static final int MAX_NOTICE_LENGTH = 500;

    @AggregateIdentifier
    private String calendarId;
    private WorkingDayCalendar calendar = OfficialCalendarFile.bundled();

    protected OfficialCalendar() {
        // for Axon
    }

    /** Adopts the schedule and answers the calendar version now in force. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public int handle(AdoptHolidaySchedule command, MetaData metaData) {
        Recording recording = Recording.from(metaData);
        if (!ID.equals(command.calendarId())) {
            throw new Refusal(Reason.INVALID_VALUE, "calendar", "there is one official calendar, '" + ID + "': " + command.calendarId());
        }
        HolidaySchedule schedule = validSchedule(command);
        HolidaySchedule inForce = calendar.schedules().get(command.year());
        if (inForce != null && inForce.holidays().equals(schedule.holidays()) && inForce.makeupWorkdays().equals(schedule.makeupWorkdays())
                && inForce.notices().equals(schedule.notices())) {
            throw new Refusal(Reason.ALREADY_DONE_ONCE, "year", "the " + command.year() + " schedule in force (calendar version "
                    + calendar.version() + ") is already exactly this one; nothing adopted");
        }
        int version = calendar.version() + 1;
        apply(new HolidayScheduleAdopted(command.year(), schedule.holidays().stream().sorted().toList(),
                schedule.makeupWorkdays().stream().sorted().toList(), schedule.notices(), version, recording.today()));
        return version;
    }

    private HolidaySchedule validSchedule(AdoptHolidaySchedule command) {
        int year = command.year();
        if (year < EARLIEST_YEAR || year > LATEST_YEAR) {
            throw new Refusal(Reason.INVALID_VALUE, "year", "year must be " + EARLIEST_YEAR + " to " + LATEST_YEAR + ": " + year);
        }
        Problems problems = new Problems();
        Set<LocalDate> holidays = dates(command.holidays(), "holidays", year, problems);
        Set<LocalDate> makeupWorkdays = dates(command.makeupWorkdays(), "makeupWorkdays", year, problems);
        if (command.holidays() == null || command.holidays().isEmpty()) {
            problems.add("holidays", "holidays is missing: a year's notice names at least New Year's Day");
        }
        for (LocalDate day : holidays) {
            if (makeupWorkdays.contains(day)) {
                problems.add("makeupWorkdays", day + " is both a holiday and a make-up working day");
            }
        }
        for (LocalDate day : makeupWorkdays) {
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                problems.add("makeupWorkdays", day + " is a " + day.getDayOfWeek().toString().toLowerCase()
                        + ": a make-up working day (调休上班) is a Saturday or Sunday that is worked");
            }
        }
        for (Map.Entry<Integer, HolidaySchedule> other : calendar.schedules().entrySet()) {
            if (other.getKey() == year) {
                continue;
            }
            for (LocalDate day : holidays) {
                if (other.getValue().makeupWorkdays().contains(day)) {
                    problems.add("holidays", day + " is a make-up working day in the " + other.getKey() + " schedule");
                }
            }
            for (LocalDate day : makeupWorkdays) {
                if (other.getValue().holidays().contains(day)) {
                    problems.add("makeupWorkdays", day + " is a holiday in the " + other.getKey() + " schedule");
                }
            }
        }
        List<String> notices = command.notices() == null ? List.of() : command.notices();
        if (notices.isEmpty()) {
            problems.add("notices", "notices is missing: name the State Council General Office notice the schedule comes from");
        }
        for (int i = 0; i < notices.size(); i++) {
            String notice = notices.get(i);
            if (notice == null || notice.isBlank() || notice.length() > MAX_NOTICE_LENGTH) {
                problems.add("notices", "notices[" + i + "] must be 1 to " + MAX_NOTICE_LENGTH + " characters");
            }
        }
        problems.throwIfAny(year);
        return new HolidaySchedule(year, holidays, makeupWorkdays, notices.stream().map(String::strip).toList());
    }

    private static Set<LocalDate> dates(List<LocalDate> days, String field, int year, Problems problems) {
        Set<LocalDate> valid = new LinkedHashSet<>();
        if (days == null) {
            return valid;
        }
        Set<LocalDate> seen = new HashSet<>();
        for (int i = 0; i < days.size(); i++) {
            LocalDate day = days.get(i);
            if (day == null) {
                problems.add(field, field + "[" + i + "] is missing");
            } else if (Math.abs(day.getYear() - year) > 1) {
                problems.add(field, field + "[" + i + "] " + day + " is outside " + (year - 1) + " to " + (year + 1)
                        + " (a year's notice names only days of that year and its neighbours)");
            } else if (!seen.add(day)) {
                problems.add(field, field + "[" + i + "] " + day + " is named twice");
            } else {
                valid.add(day);
            }
        }
        return valid;
    }

    /** Everything wrong with a schedule, said at once; the field is the first one at fault. */
    private static final class Problems {
        private final List<String> messages = new ArrayList<>();
        private String field;

        void add(String field, String message) {
            this.field = this.field == null ? field : this.field;
            messages.add(message);
        }

        void throwIfAny(int year) {
            if (!messages.isEmpty()) {
                throw new Refusal(Reason.INVALID_VALUE, field, "the " + year + " schedule is not adopted: " + String.join("; ", messages));
            }
        }
    }

    @EventSourcingHandler
    void on(HolidayScheduleAdopted event) {
        calendarId = ID;
        calendar = calendar.with(event.schedule());
        if (calendar.version() != event.version()) {
            throw new IllegalStateException("calendar version " + event.version() + " adopted after version "
                    + (calendar.version() - 1) + ": the official calendar's history is out of order");
        }
    }
}
