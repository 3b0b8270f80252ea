package org.disclosureledger.kernel.calendar;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disclosureledger.kernel.calendar.ReckoningStep.Deferred;
import org.disclosureledger.kernel.calendar.ReckoningStep.Extended;
import org.disclosureledger.kernel.calendar.ReckoningStep.Holidays;
import org.disclosureledger.kernel.calendar.ReckoningStep.MakeupWorkday;
import org.disclosureledger.kernel.calendar.ReckoningStep.PastPublishedSchedules;
import org.disclosureledger.kernel.calendar.ReckoningStep.Paused;
import org.disclosureledger.kernel.calendar.ReckoningStep.Reached;
import org.disclosureledger.kernel.calendar.ReckoningStep.SetByAgency;
import org.disclosureledger.kernel.calendar.ReckoningStep.Start;
import org.disclosureledger.kernel.calendar.ReckoningStep.Stopped;

/**
 * The one place where a count of working days is put into words: each {@link ReckoningStep} as one line, then the due
 * date with its calendar version. Also reads lines back as steps: those that events stored before the steps were data
 * (revision 1 of {@code ReplyDeadlineSet}, {@code DeadlineSet} and {@code InformationPublished}), so that an old count
 * compares with a new one as data, and every line it writes itself.
 */
public final class ReckoningText {
    private static final String DATE = "(\\d{4}-\\d{2}-\\d{2})";
    private static final Pattern START = Pattern.compile("^" + DATE + "(?: ([^:]+))?: day 0 of (\\d+) working days(?:, (.+))?$");
    private static final Pattern PAUSED = Pattern.compile("^" + DATE + " to " + DATE + " ([^:]+): (\\d+) working day\\(s\\) not counted"
            + "(, to the end of .+)?$");
    private static final Pattern SET_BY_AGENCY = Pattern.compile("^" + DATE + " ([^:]+): (.+) ends " + DATE + ", as the agency set it$");
    private static final Pattern DEFERRED = Pattern.compile("^" + DATE + " reply deferred \\(Art\\. 35\\) to " + DATE
            + "(?: \\((\\d+) working days\\))?, the reasonable period the agency set$");
    private static final Pattern STOPPED = Pattern.compile("^" + DATE + " ([^:]+): clock stopped$");
    private static final Pattern EXTENDED = Pattern.compile("^extended by (\\d+) working day\\(s\\) \\(Art\\. 33\\): due at working day \\d+ after "
            + DATE + "$");
    private static final Pattern PAST_SCHEDULES = Pattern.compile("^from " + DATE + ": no official holiday schedule for \\d{4} is known; .*$");
    private static final Pattern HOLIDAYS = Pattern.compile("^" + DATE + "(?: to " + DATE + ")?: official holidays, not counted$");
    private static final Pattern MAKEUP = Pattern.compile("^" + DATE + " \\(\\w+\\): make-up working day \\(调休上班\\), counted as day (\\d+)$");
    private static final Pattern REACHED = Pattern.compile("^day (\\d+) of \\d+: " + DATE + " \\(\\w+\\)$");
    private static final Pattern DUE = Pattern.compile("^due " + DATE + " \\(calendar version \\d+.*\\)$");

    private ReckoningText() {
    }

    /** The steps in words, then (unless {@code due} is null: the clock stands still) the due date and its calendar version. */
    public static List<String> lines(List<ReckoningStep> steps, DueDate due) {
        List<String> lines = new ArrayList<>(steps.size() + 1);
        steps.forEach(step -> lines.add(line(step)));
        if (due != null) {
            lines.add(due(due));
        }
        return lines;
    }

    public static String line(ReckoningStep step) {
        if (step instanceof Start s) {
            return s.on() + (s.cause() == null ? "" : " " + s.cause().words()) + ": day 0 of " + s.workingDays() + " working days"
                    + (s.clock() == null ? "" : ", " + s.clock().words());
        }
        if (step instanceof SetByAgency s) {
            return s.on() + " " + s.cause().words() + ": " + s.clock().words() + " ends " + s.endsOn() + ", as the agency set it";
        }
        if (step instanceof Paused p) {
            return p.from() + " to " + p.to() + " " + p.pause().words() + ": " + p.notCounted() + " working day(s) not counted"
                    + (p.toPeriodEnd() ? ", to the end of " + p.pause().period() : "");
        }
        if (step instanceof Stopped s) {
            return s.since() + " " + s.pause().words() + ": clock stopped";
        }
        if (step instanceof Extended e) {
            return "extended by " + e.workingDays() + " working day(s) (Art. 33): due at working day " + e.workingDays() + " after " + e.after();
        }
        if (step instanceof Deferred d) {
            return d.on() + " " + ClockStart.REPLY_DEFERRED.words() + " to " + d.to()
                    + (d.workingDays() == null ? "" : " (" + d.workingDays() + " working days)") + ", the reasonable period the agency set";
        }
        if (step instanceof PastPublishedSchedules p) {
            return "from " + p.from() + ": no official holiday schedule for " + p.from().getYear()
                    + " is known; Monday to Friday counted as working days (provisional)";
        }
        if (step instanceof Holidays h) {
            return (h.from().equals(h.to()) ? h.from().toString() : h.from() + " to " + h.to()) + ": official holidays, not counted";
        }
        if (step instanceof MakeupWorkday m) {
            return m.day() + " (" + weekday(m.day()) + "): make-up working day (调休上班), counted as day " + m.countedAs();
        }
        Reached r = (Reached) step;
        return "day " + r.workingDays() + " of " + r.workingDays() + ": " + r.day() + " (" + weekday(r.day()) + ")";
    }

    public static String due(DueDate due) {
        return "due " + due.on() + " (calendar version " + due.calendarVersion()
                + (due.provisional() ? "; provisional: counted past the published holiday schedules by weekdays only" : "") + ")";
    }

    private static String weekday(LocalDate day) {
        return day.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }

    /**
     * Reads back an explanation in words (as revision 1 of the events stored it, or as {@link #lines} writes it): every
     * line becomes its step, the due line (whose day and version the event's {@code due} holds) is dropped. A start that
     * names no period is read as {@code implied} (the reply's own explanation named none in revision 1). A line of any
     * other form is an {@link IllegalArgumentException} naming it: those texts were all written by this ledger.
     */
    public static List<ReckoningStep> parse(List<String> lines, StatutoryClock implied) {
        List<ReckoningStep> steps = new ArrayList<>();
        for (String line : lines) {
            Matcher m;
            if ((m = START.matcher(line)).matches()) {
                steps.add(new Start(day(m.group(1)), m.group(2) == null ? null : byWords(ClockStart.values(), ClockStart::words, m.group(2), line),
                        Integer.parseInt(m.group(3)), m.group(4) == null ? implied : byWords(StatutoryClock.values(), StatutoryClock::words, m.group(4), line)));
            } else if ((m = PAUSED.matcher(line)).matches()) {
                steps.add(new Paused(byWords(ClockPause.values(), ClockPause::words, m.group(3), line), day(m.group(1)), day(m.group(2)),
                        Integer.parseInt(m.group(4)), m.group(5) != null));
            } else if ((m = SET_BY_AGENCY.matcher(line)).matches()) {
                steps.add(new SetByAgency(day(m.group(1)), byWords(ClockStart.values(), ClockStart::words, m.group(2), line), day(m.group(4)),
                        byWords(StatutoryClock.values(), StatutoryClock::words, m.group(3), line)));
            } else if ((m = DEFERRED.matcher(line)).matches()) {
                steps.add(new Deferred(day(m.group(1)), day(m.group(2)), m.group(3) == null ? null : Integer.valueOf(m.group(3))));
            } else if ((m = STOPPED.matcher(line)).matches()) {
                steps.add(new Stopped(byWords(ClockPause.values(), ClockPause::words, m.group(2), line), day(m.group(1))));
            } else if ((m = EXTENDED.matcher(line)).matches()) {
                steps.add(new Extended(Integer.parseInt(m.group(1)), day(m.group(2))));
            } else if ((m = PAST_SCHEDULES.matcher(line)).matches()) {
                steps.add(new PastPublishedSchedules(day(m.group(1))));
            } else if ((m = HOLIDAYS.matcher(line)).matches()) {
                steps.add(new Holidays(day(m.group(1)), m.group(2) == null ? day(m.group(1)) : day(m.group(2))));
            } else if ((m = MAKEUP.matcher(line)).matches()) {
                steps.add(new MakeupWorkday(day(m.group(1)), Integer.parseInt(m.group(2))));
            } else if ((m = REACHED.matcher(line)).matches()) {
                steps.add(new Reached(day(m.group(2)), Integer.parseInt(m.group(1))));
            } else if (!DUE.matcher(line).matches()) {
                throw new IllegalArgumentException("not a line of a revision-1 explanation: '" + line + "'");
            }
        }
        return steps;
    }

    private static LocalDate day(String text) {
        return LocalDate.parse(text);
    }

    private static <E> E byWords(E[] values, Function<E, String> words, String text, String line) {
        return Arrays.stream(values).filter(value -> words.apply(value).equals(text)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("'" + text + "' names nothing known in '" + line + "'"));
    }
}
