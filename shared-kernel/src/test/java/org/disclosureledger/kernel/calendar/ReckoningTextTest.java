package org.disclosureledger.kernel.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
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
import org.junit.jupiter.api.Test;

/** The words of a count, written in one place, and the words of revision 1 read back as the same steps. */
class ReckoningTextTest {
    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void everyLineThatRevisionOneWroteReadsBackAsItsStepAndIsWrittenTheSame() {
        List<String> revisionOne = List.of(
                "2021-10-12 supplement received: day 0 of 20 working days",
                "2021-10-08 to 2021-10-15 consultation: 6 working day(s) not counted",
                "2021-10-08 to 2021-10-15 fee notice unpaid: 6 working day(s) not counted",
                "2021-10-20 fee notice unpaid: clock stopped",
                "2021-10-12 waiting for the applicant's supplement: clock stopped",
                "extended by 10 working day(s) (Art. 33): due at working day 10 after 2021-11-03",
                "2021-10-01 to 2021-10-07: official holidays, not counted",
                "2022-04-05: official holidays, not counted",
                "2021-10-09 (Sat): make-up working day (调休上班), counted as day 2",
                "from 2027-01-01: no official holiday schedule for 2027 is known; Monday to Friday counted as working days (provisional)",
                "day 30 of 30: 2021-11-17 (Wed)",
                "due 2027-01-21 (calendar version 1; provisional: counted past the published holiday schedules by weekdays only)");
        List<ReckoningStep> steps = ReckoningText.parse(revisionOne, StatutoryClock.REPLY);
        assertThat(steps).containsExactly(
                new Start(day("2021-10-12"), ClockStart.SUPPLEMENT_RECEIVED, 20, StatutoryClock.REPLY),
                new Paused(ClockPause.CONSULTATION, day("2021-10-08"), day("2021-10-15"), 6, false),
                new Paused(ClockPause.FEE_NOTICE, day("2021-10-08"), day("2021-10-15"), 6, false),
                new Stopped(ClockPause.FEE_NOTICE, day("2021-10-20")),
                new Stopped(ClockPause.AWAITING_SUPPLEMENT, day("2021-10-12")),
                new Extended(10, day("2021-11-03")),
                new Holidays(day("2021-10-01"), day("2021-10-07")),
                new Holidays(day("2022-04-05"), day("2022-04-05")),
                new MakeupWorkday(day("2021-10-09"), 2),
                new PastPublishedSchedules(day("2027-01-01")),
                new Reached(day("2021-11-17"), 30));
        // The reply's first line now names its period, as every other count does; every other line reads as it did.
        assertThat(ReckoningText.lines(steps, new DueDate(day("2027-01-21"), true, 1)))
                .first().isEqualTo("2021-10-12 supplement received: day 0 of 20 working days, reply (Art. 33)");
        assertThat(ReckoningText.lines(steps, new DueDate(day("2027-01-21"), true, 1)).subList(1, revisionOne.size()))
                .isEqualTo(revisionOne.subList(1, revisionOne.size()));
    }

    @Test
    void everyStepIsReadBackFromTheWordsItIsWrittenAs() {
        List<ReckoningStep> steps = List.of(
                new Start(day("2021-10-12"), ClockStart.REQUEST_FOR_OPINION_RECEIVED, 15, StatutoryClock.CONSULTATION_OPINION),
                new SetByAgency(day("2021-10-12"), ClockStart.FEE_NOTICE_ISSUED, day("2021-10-26"), StatutoryClock.PAYMENT_PERIOD),
                new Paused(ClockPause.AWAITING_SUPPLEMENT, day("2021-10-08"), day("2021-10-22"), 11, true),
                new Paused(ClockPause.FEE_NOTICE, day("2021-10-08"), day("2021-10-12"), 3, false),
                new Stopped(ClockPause.CONSULTATION, day("2021-10-20")),
                new Extended(5, day("2021-11-03")),
                new Deferred(day("2021-10-20"), day("2021-12-31"), null),
                new Deferred(day("2021-10-20"), day("2021-12-01"), 30),
                new PastPublishedSchedules(day("2027-01-01")),
                new Holidays(day("2021-10-01"), day("2021-10-07")),
                new MakeupWorkday(day("2021-10-09"), 2),
                new Reached(day("2021-11-17"), 25));
        DueDate due = new DueDate(day("2021-12-31"), true, 4);
        assertThat(ReckoningText.parse(ReckoningText.lines(steps, due), null)).isEqualTo(steps);
    }

    @Test
    void aLineThatNamesItsPeriodReadsAsThatPeriod() {
        assertThat(ReckoningText.parse(List.of("2021-10-08 request for opinion sent: day 0 of 15 working days, consultation opinion (Art. 32)",
                "due 2021-10-28 (calendar version 3)"), null))
                .containsExactly(new Start(day("2021-10-08"), ClockStart.REQUEST_FOR_OPINION_SENT, 15, StatutoryClock.CONSULTATION_OPINION));
    }

    @Test
    void aLineOfNoKnownFormIsRefusedByName() {
        assertThatThrownBy(() -> ReckoningText.parse(List.of("2021-10-08 something else"), StatutoryClock.REPLY))
                .hasMessageContaining("'2021-10-08 something else'");
        assertThatThrownBy(() -> ReckoningText.parse(List.of("2021-10-08 to 2021-10-09 a holiday trip: 1 working day(s) not counted"),
                StatutoryClock.REPLY)).hasMessageContaining("'a holiday trip' names nothing known");
    }

    @Test
    void theStepsOfThisRevisionAreWrittenInWords() {
        assertThat(ReckoningText.line(new SetByAgency(day("2021-10-12"), ClockStart.SUPPLEMENT_REQUESTED, day("2021-10-26"),
                StatutoryClock.SUPPLEMENT_PERIOD)))
                .isEqualTo("2021-10-12 supplement requested: supplement period (Art. 30) ends 2021-10-26, as the agency set it");
        assertThat(ReckoningText.line(new Paused(ClockPause.CONSULTATION, day("2021-10-08"), day("2021-10-28"), 15, true)))
                .isEqualTo("2021-10-08 to 2021-10-28 consultation: 15 working day(s) not counted, to the end of the consulted party's "
                        + "15 working days (Art. 32, 34)");
        assertThat(ReckoningText.line(new Deferred(day("2021-10-20"), day("2021-12-31"), null)))
                .isEqualTo("2021-10-20 reply deferred (Art. 35) to 2021-12-31, the reasonable period the agency set");
        assertThat(ReckoningText.line(new Start(day("2021-09-30"), null, 20, null))).isEqualTo("2021-09-30: day 0 of 20 working days");
    }
}
