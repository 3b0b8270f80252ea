package org.disclosureledger.casework.calendar.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.disclosureledger.casework.calendar.command.AdoptHolidaySchedule;
import org.disclosureledger.casework.calendar.read.OfficialCalendars;
import org.disclosureledger.platform.problem.InvalidField;
import org.disclosureledger.casework.platform.recording.CaseworkGateway;
import org.disclosureledger.casework.platform.recording.Recorder;
import org.disclosureledger.kernel.calendar.HolidaySchedule;
import org.disclosureledger.kernel.calendar.HolidayScheduleAdopted;
import org.disclosureledger.kernel.calendar.Reckoning;
import org.disclosureledger.kernel.calendar.ReckoningStep;
import org.disclosureledger.kernel.calendar.WorkingDayCalendar;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The official working-day calendar: which years' schedules are known, from which notices, under which version; a new
 * year's schedule or a correction adopted by an administrator; and a count of working days with its working shown.
 */
@RestController
public class CalendarController {
    static final int MAX_WORKING_DAYS = 1000;

    private final OfficialCalendars calendars;
    private final CaseworkGateway casework;
    private final Recorder recorder;

    public CalendarController(OfficialCalendars calendars, CaseworkGateway casework, Recorder recorder) {
        this.calendars = calendars;
        this.casework = casework;
        this.recorder = recorder;
    }

    public record Year(int year, String source, int version, LocalDate adoptedOn, String adoptedBy, List<String> notices,
                       List<LocalDate> holidays, List<LocalDate> makeupWorkdays) {
    }

    public record Calendar(int version, List<Integer> knownYears, List<Year> years) {
    }

    /** A count of working days: its due date, and its steps as data ({@code reckoning}) and in words ({@code explanation}). */
    public record Count(LocalDate from, int workingDays, LocalDate due, boolean provisional, int calendarVersion, List<String> explanation,
                        List<ReckoningStep> reckoning) {
    }

    @GetMapping("/api/v1/calendar")
    public Calendar calendar() {
        WorkingDayCalendar calendar = calendars.current();
        Map<Integer, OfficialCalendars.Adoption> latest = new HashMap<>();
        calendars.adoptions().forEach(adoption -> latest.put(adoption.event().year(), adoption));
        List<Year> years = new ArrayList<>();
        for (HolidaySchedule schedule : calendar.schedules().values().stream().sorted((a, b) -> Integer.compare(a.year(), b.year())).toList()) {
            OfficialCalendars.Adoption adoption = latest.get(schedule.year());
            HolidayScheduleAdopted adopted = adoption == null ? null : adoption.event();
            years.add(new Year(schedule.year(), adopted == null ? "BUNDLED" : "ADOPTED", adopted == null ? 1 : adopted.version(),
                    adopted == null ? null : adopted.on(), adoption == null ? null : adoption.recordedBy(), schedule.notices(),
                    schedule.holidays().stream().sorted().toList(), schedule.makeupWorkdays().stream().sorted().toList()));
        }
        return new Calendar(calendar.version(), years.stream().map(Year::year).toList(), years);
    }

    /** A year's holiday schedule as the State Council's notices give it; what is not given is empty. */
    public record Schedule(List<LocalDate> holidays, List<LocalDate> makeupWorkdays, List<String> notices) {
        public Schedule {
            holidays = holidays == null ? List.of() : holidays;
            makeupWorkdays = makeupWorkdays == null ? List.of() : makeupWorkdays;
            notices = notices == null ? List.of() : notices;
        }
    }

    /** Body: {"holidays": ["2027-01-01", ...], "makeupWorkdays": [...], "notices": ["https://www.gov.cn/..."]}. */
    @PutMapping("/api/v1/calendar/years/{year}")
    public Year adopt(@PathVariable int year, @RequestBody Schedule body, HttpServletRequest request) {
        AdoptHolidaySchedule command = new AdoptHolidaySchedule(year, body.holidays(), body.makeupWorkdays(), body.notices());
        casework.record(command, recorder.of(request));
        return calendar().years().stream().filter(y -> y.year() == year).findFirst().orElseThrow();
    }

    @GetMapping("/api/v1/calendar/working-days")
    public Count workingDays(@RequestParam(required = false) String from, @RequestParam(required = false) String days) {
        LocalDate start = date(from, "from");
        int n = number(days, "days");
        Reckoning reckoning = calendars.current().reckon(new ReckoningStep.Start(start, null, n, null));
        return new Count(start, n, reckoning.due().on(), reckoning.due().provisional(), reckoning.due().calendarVersion(),
                reckoning.explanation(), reckoning.steps());
    }

    private static LocalDate date(String text, String field) {
        if (text == null || text.isBlank()) {
            throw new InvalidField(field, "is missing (a date of the form YYYY-MM-DD)");
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidField(field, "'" + text + "' is not a date of the form YYYY-MM-DD");
        }
    }

    private static int number(String text, String field) {
        if (text == null || text.isBlank()) {
            throw new InvalidField(field, "is missing (a whole number of working days, 0 to " + MAX_WORKING_DAYS + ")");
        }
        try {
            int n = Integer.parseInt(text.strip());
            if (n < 0 || n > MAX_WORKING_DAYS) {
                throw new InvalidField(field, "must be 0 to " + MAX_WORKING_DAYS + ": " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new InvalidField(field, "'" + text + "' is not a whole number");
        }
    }
}
