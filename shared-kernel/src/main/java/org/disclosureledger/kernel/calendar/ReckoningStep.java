package org.disclosureledger.kernel.calendar;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.LocalDate;

/**
 * One step of a count of working days, as data: what an auditor checks against the official notices and the case's
 * steps. A due date's explanation is a list of these, stored in the events that record the due date and compared as
 * data when the calendar changes; {@link ReckoningText} is the one place that puts them into words. The calendar
 * version and the due date itself are not steps: they are the {@link DueDate} the steps lead to.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "step")
@JsonSubTypes({
        @JsonSubTypes.Type(value = ReckoningStep.Start.class, name = "Start"),
        @JsonSubTypes.Type(value = ReckoningStep.SetByAgency.class, name = "SetByAgency"),
        @JsonSubTypes.Type(value = ReckoningStep.Paused.class, name = "Paused"),
        @JsonSubTypes.Type(value = ReckoningStep.Stopped.class, name = "Stopped"),
        @JsonSubTypes.Type(value = ReckoningStep.Extended.class, name = "Extended"),
        @JsonSubTypes.Type(value = ReckoningStep.Deferred.class, name = "Deferred"),
        @JsonSubTypes.Type(value = ReckoningStep.PastPublishedSchedules.class, name = "PastPublishedSchedules"),
        @JsonSubTypes.Type(value = ReckoningStep.Holidays.class, name = "Holidays"),
        @JsonSubTypes.Type(value = ReckoningStep.MakeupWorkday.class, name = "MakeupWorkday"),
        @JsonSubTypes.Type(value = ReckoningStep.Reached.class, name = "Reached")})
public sealed interface ReckoningStep {

    /**
     * Day 0 of a count of {@code workingDays} (not counted itself): the day {@code on}, what started it, and the period
     * counted ({@code clock}, null for a count asked of the calendar alone).
     */
    record Start(LocalDate on, ClockStart cause, int workingDays, StatutoryClock clock) implements ReckoningStep {
    }

    /** A period given as a date rather than counted: the agency set it to end on {@code endsOn} in its step of {@code on}. */
    record SetByAgency(LocalDate on, ClockStart cause, LocalDate endsOn, StatutoryClock clock) implements ReckoningStep {
    }

    /**
     * The reply clock was paused: the working days in ({@code from}, {@code to}] are not counted ({@code notCounted} of
     * them). {@code toPeriodEnd}: the pause ends where its period ends (the consulted party's 15 working days, the
     * applicant's supplement period, the payment period), because the step that would end it came later or not yet.
     */
    record Paused(ClockPause pause, LocalDate from, LocalDate to, int notCounted, boolean toPeriodEnd) implements ReckoningStep {
    }

    /** A pause open since {@code since} with no known end (no period recorded): the clock stands still, no due date. */
    record Stopped(ClockPause pause, LocalDate since) implements ReckoningStep {
    }

    /** The reply period was extended (Art. 33 ¶2) by {@code workingDays} after its due date {@code after}. */
    record Extended(int workingDays, LocalDate after) implements ReckoningStep {
    }

    /**
     * The reply was deferred on {@code on} (延迟答复, Art. 35) to {@code to}, the reasonable period the agency set
     * ({@code workingDays} after {@code on} where it set it so, else null); the reply is due then, unless the period of
     * Art. 33 ends later.
     */
    record Deferred(LocalDate on, LocalDate to, Integer workingDays) implements ReckoningStep {
    }

    /** From {@code from} no official schedule is known: Monday to Friday counted as working days, the due date provisional. */
    record PastPublishedSchedules(LocalDate from) implements ReckoningStep {
    }

    /** A block of days off from {@code from} to {@code to} that contains official holidays: not counted. */
    record Holidays(LocalDate from, LocalDate to) implements ReckoningStep {
    }

    /** A weekend day worked by notice (调休上班), counted as working day {@code countedAs}. */
    record MakeupWorkday(LocalDate day, int countedAs) implements ReckoningStep {
    }

    /** The count reached its {@code workingDays}-th working day on {@code day}. */
    record Reached(LocalDate day, int workingDays) implements ReckoningStep {
    }
}
