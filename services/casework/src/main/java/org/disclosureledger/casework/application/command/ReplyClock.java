package org.disclosureledger.casework.application.command;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.disclosureledger.kernel.calendar.DueDate;
import org.disclosureledger.kernel.calendar.Reckoning;
import org.disclosureledger.kernel.calendar.WorkingDayCalendar;

/**
 * The reply period of one application as its steps shape it. 20 working days after the day it starts (day 0,
 * not counted): the date of receipt, or the day a requested supplement came in (Art. 30), which starts a new
 * period in which earlier pauses no longer matter. While a consultation (Art. 33 ¶3) or an unpaid fee notice
 * (国办函〔2020〕109号) is open the clock stands still: each working day after the pause began, up to and
 * including the day it ended, is not counted. An extension (Art. 33 ¶2) adds its working days after the due date.
 * While a supplement is awaited there is no period at all. Immutable: each step gives a new clock.
 */
public record ReplyClock(LocalDate startedOn, String startReason, List<Pause> pauses, Map<PauseKind, LocalDate> openPauses,
                         int extensionDays) {
    public static final int REPLY_WORKING_DAYS = 20;

    public enum PauseKind {
        AWAITING_SUPPLEMENT("waiting for the applicant's supplement"),
        CONSULTATION("consultation"),
        FEE_NOTICE("fee notice unpaid");

        private final String words;

        PauseKind(String words) {
            this.words = words;
        }
    }

    /** Days in (from, to] are not counted. */
    public record Pause(PauseKind kind, LocalDate from, LocalDate to) {
        boolean covers(LocalDate day) {
            return day.isAfter(from) && !day.isAfter(to);
        }
    }

    public ReplyClock {
        pauses = List.copyOf(pauses);
        openPauses = openPauses.isEmpty() ? Map.of() : Map.copyOf(openPauses);
    }

    public static ReplyClock startedOn(LocalDate receivedOn) {
        return new ReplyClock(receivedOn, "received", List.of(), Map.of(), 0);
    }

    /** A supplement came in: a new period from that day; finished pauses no longer matter. */
    public ReplyClock restartedOn(LocalDate day) {
        Map<PauseKind, LocalDate> open = new EnumMap<>(PauseKind.class);
        open.putAll(openPauses);
        open.remove(PauseKind.AWAITING_SUPPLEMENT);
        open.replaceAll((kind, since) -> since.isBefore(day) ? day : since);
        return new ReplyClock(day, "supplement received", List.of(), open, extensionDays);
    }

    public ReplyClock pausedOn(PauseKind kind, LocalDate day) {
        Map<PauseKind, LocalDate> open = new EnumMap<>(PauseKind.class);
        open.putAll(openPauses);
        open.put(kind, day);
        return new ReplyClock(startedOn, startReason, pauses, open, extensionDays);
    }

    public ReplyClock resumedOn(PauseKind kind, LocalDate day) {
        LocalDate since = openPauses.get(kind);
        if (since == null) {
            return this;
        }
        Map<PauseKind, LocalDate> open = new EnumMap<>(PauseKind.class);
        open.putAll(openPauses);
        open.remove(kind);
        List<Pause> closed = new ArrayList<>(pauses);
        closed.add(new Pause(kind, since, day));
        return new ReplyClock(startedOn, startReason, closed, open, extensionDays);
    }

    public ReplyClock extendedBy(int workingDays) {
        return new ReplyClock(startedOn, startReason, pauses, openPauses, extensionDays + workingDays);
    }

    public boolean isRunning() {
        return openPauses.isEmpty();
    }

    /** The last day to reply in time, or null while the clock stands still. */
    public DueDate due(WorkingDayCalendar calendar) {
        Reckoning reckoning = reckon(calendar);
        return reckoning == null ? null : reckoning.due();
    }

    /** The count of the reply period with its working shown, or null while the clock stands still. */
    public Reckoning reckon(WorkingDayCalendar calendar) {
        if (!isRunning()) {
            return null;
        }
        return calendar.reckon(startedOn, REPLY_WORKING_DAYS + extensionDays, this::paused);
    }

    private boolean paused(LocalDate day) {
        return pauses.stream().anyMatch(pause -> pause.covers(day));
    }

    /** How the due date was reached, step by step, in words an auditor can check against the calendar. */
    public List<String> explanation(WorkingDayCalendar calendar) {
        List<String> lines = new ArrayList<>();
        lines.add(startedOn + " " + startReason + ": day 0 of " + REPLY_WORKING_DAYS + " working days");
        for (Pause pause : pauses) {
            int skipped = calendar.workingDaysBetween(pause.from(), pause.to());
            lines.add(pause.from() + " to " + pause.to() + " " + pause.kind().words + ": " + skipped
                    + " working day(s) not counted");
        }
        openPauses.forEach((kind, since) -> lines.add(since + " " + kind.words + ": clock stopped"));
        Reckoning reckoning = reckon(calendar);
        if (reckoning == null) {
            return lines;
        }
        if (extensionDays > 0) {
            DueDate base = calendar.workingDaysAfter(startedOn, REPLY_WORKING_DAYS, this::paused);
            lines.add("extended by " + extensionDays + " working day(s) (Art. 33): due at working day " + extensionDays
                    + " after " + base.on());
        }
        lines.addAll(reckoning.steps());
        DueDate due = reckoning.due();
        lines.add("due " + due.on() + " (calendar version " + due.calendarVersion()
                + (due.provisional() ? "; provisional: counted past the published holiday schedules by weekdays only" : "")
                + ")");
        return lines;
    }
}
