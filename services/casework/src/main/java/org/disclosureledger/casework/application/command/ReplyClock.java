package org.disclosureledger.casework.application.command;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.disclosureledger.kernel.calendar.ClockPause;
import org.disclosureledger.kernel.calendar.ClockStart;
import org.disclosureledger.kernel.calendar.DueDate;
import org.disclosureledger.kernel.calendar.Period;
import org.disclosureledger.kernel.calendar.Reckoning;
import org.disclosureledger.kernel.calendar.ReckoningStep;
import org.disclosureledger.kernel.calendar.StatutoryClock;
import org.disclosureledger.kernel.calendar.WorkingDayCalendar;

/**
 * The reply period of one application as its steps shape it. 20 working days after the day it starts (day 0, not
 * counted): the date of receipt, or the day a requested supplement came in (Art. 30), which starts a new period in
 * which earlier pauses no longer matter. While the applicant is asked for a supplement (Art. 30), a consultation is
 * open (Art. 33 ¶3) or a fee notice is unpaid (国办函〔2020〕109号) the clock stands still: each working day after the
 * pause began, up to and including the day it ended, is not counted. A pause with a period ({@code limit}: the
 * applicant's supplement period, the consulted party's 15 working days, the payment period) ends at the latest where
 * that period ends, even if the step that ends it comes later or never; a pause with no known period stops the clock
 * until its step. An extension (Art. 33 ¶2) adds its working days after the due date; a deferral (Art. 35) sets a
 * later day. Immutable: each step gives a new clock. It needs no calendar to follow the steps, only to count them.
 */
public record ReplyClock(LocalDate startedOn, ClockStart cause, List<Pause> closed, List<Pause> open, int extensionDays,
                         Deferral deferral) {
    public static final int REPLY_WORKING_DAYS = StatutoryClock.REPLY.workingDays();

    /**
     * A pause from {@code from} ended by its step on {@code endedOn} (null while open), ending at the latest with
     * {@code limit} (null: no known period).
     */
    public record Pause(ClockPause kind, LocalDate from, LocalDate endedOn, Period limit) {
    }

    /** Art. 35: on {@code on} the agency set the reply's reasonable period ({@code period}: a date or working days from {@code on}). */
    public record Deferral(LocalDate on, Period period) {
    }

    public ReplyClock {
        closed = List.copyOf(closed);
        open = List.copyOf(open);
    }

    public static ReplyClock startedOn(LocalDate receivedOn) {
        return new ReplyClock(receivedOn, ClockStart.RECEIVED, List.of(), List.of(), 0, null);
    }

    /** A supplement came in: a new period from that day; finished pauses no longer matter, open ones count from that day. */
    public ReplyClock restartedOn(LocalDate day) {
        List<Pause> stillOpen = open.stream().filter(pause -> pause.kind() != ClockPause.AWAITING_SUPPLEMENT)
                .map(pause -> pause.from().isBefore(day) ? new Pause(pause.kind(), day, null, pause.limit()) : pause).toList();
        return new ReplyClock(day, ClockStart.SUPPLEMENT_RECEIVED, List.of(), stillOpen, extensionDays, deferral);
    }

    /** A pause of {@code kind} begins on {@code day}, ending at the latest with {@code limit} (null: no known period). */
    public ReplyClock pausedOn(ClockPause kind, LocalDate day, Period limit) {
        List<Pause> opened = new ArrayList<>(open.stream().filter(pause -> pause.kind() != kind).toList());
        opened.add(new Pause(kind, day, null, limit));
        return new ReplyClock(startedOn, cause, closed, opened, extensionDays, deferral);
    }

    /** The step that ends the pause of {@code kind} was taken on {@code day}. */
    public ReplyClock resumedOn(ClockPause kind, LocalDate day) {
        Pause pause = open.stream().filter(p -> p.kind() == kind).findFirst().orElse(null);
        if (pause == null) {
            return this;
        }
        List<Pause> ended = new ArrayList<>(closed);
        ended.add(new Pause(kind, pause.from(), day, pause.limit()));
        return new ReplyClock(startedOn, cause, ended, open.stream().filter(p -> p != pause).toList(), extensionDays, deferral);
    }

    public ReplyClock extendedBy(int workingDays) {
        return new ReplyClock(startedOn, cause, closed, open, extensionDays + workingDays, deferral);
    }

    public ReplyClock deferredOn(LocalDate day, Period period) {
        return new ReplyClock(startedOn, cause, closed, open, extensionDays, new Deferral(day, period));
    }

    /** The clock as a conclusion on {@code day} leaves it: every open pause ended that day (or earlier, by its period). */
    public ReplyClock concludedOn(LocalDate day) {
        ReplyClock clock = this;
        for (Pause pause : open) {
            clock = clock.resumedOn(pause.kind(), day);
        }
        return clock;
    }

    /** Whether a pause of {@code kind} is open. */
    public boolean isPaused(ClockPause kind) {
        return open.stream().anyMatch(pause -> pause.kind() == kind);
    }

    /** The last day to reply in time, or null while the clock stands still. */
    public DueDate due(WorkingDayCalendar calendar) {
        return reckon(calendar).due();
    }

    /**
     * The count of the reply period with its working shown as steps: its start, each pause (those with no known end
     * stop the clock: no due date), the extension, the calendar's steps, the deferral.
     */
    public Reckoning reckon(WorkingDayCalendar calendar) {
        List<ReckoningStep> steps = new ArrayList<>();
        steps.add(new ReckoningStep.Start(startedOn, cause, REPLY_WORKING_DAYS, StatutoryClock.REPLY));
        List<LocalDate[]> notCounted = new ArrayList<>();
        boolean provisional = false;
        for (Pause pause : closed) {
            provisional |= pause(pause, calendar, steps, notCounted);
        }
        boolean stopped = false;
        for (Pause pause : open) {
            if (pause.limit() == null) {
                steps.add(new ReckoningStep.Stopped(pause.kind(), pause.from()));
                stopped = true;
            } else {
                provisional |= pause(pause, calendar, steps, notCounted);
            }
        }
        if (stopped) {
            return new Reckoning(null, steps);
        }
        Predicate<LocalDate> paused = day -> notCounted.stream().anyMatch(span -> day.isAfter(span[0]) && !day.isAfter(span[1]));
        if (extensionDays > 0) {
            steps.add(new ReckoningStep.Extended(extensionDays, calendar.workingDaysAfter(startedOn, REPLY_WORKING_DAYS, paused).on()));
        }
        Reckoning count = calendar.reckon(startedOn, REPLY_WORKING_DAYS + extensionDays, paused);
        steps.addAll(count.steps());
        DueDate due = count.due();
        if (deferral != null) {
            DueDate deferredTo = deferral.period().reckon(calendar).due();
            Period period = deferral.period();
            steps.add(new ReckoningStep.Deferred(deferral.on(), deferredTo.on(), period.workingDays()));
            if (deferredTo.on().isAfter(due.on())) {
                due = deferredTo;
            }
        }
        return new Reckoning(provisional && !due.provisional() ? new DueDate(due.on(), true, due.calendarVersion()) : due, steps);
    }

    /** Adds the step of one pause and its days not counted; says whether its end was counted past the published schedules. */
    private static boolean pause(Pause pause, WorkingDayCalendar calendar, List<ReckoningStep> steps, List<LocalDate[]> notCounted) {
        LocalDate to = pause.endedOn();
        boolean toPeriodEnd = false;
        boolean provisional = false;
        if (pause.limit() != null) {
            DueDate end = pause.limit().reckon(calendar).due();
            if (to == null || to.isAfter(end.on())) {
                to = end.on();
                toPeriodEnd = true;
                provisional = end.provisional();
            }
        }
        Objects.requireNonNull(to, "an open pause with no period has no end to count to");
        steps.add(new ReckoningStep.Paused(pause.kind(), pause.from(), to, calendar.workingDaysBetween(pause.from(), to), toPeriodEnd));
        notCounted.add(new LocalDate[] {pause.from(), to});
        return provisional;
    }
}
