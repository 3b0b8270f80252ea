package org.disclosureledger.casework.application.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.disclosureledger.casework.support.Recordings.byClerk;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.disclosureledger.casework.application.command.ApplicationCommand.IssueFeeNotice;
import org.disclosureledger.casework.application.command.ApplicationCommand.RecomputeDeadlines;
import org.disclosureledger.casework.calendar.command.WorkingDayCalendars;
import org.disclosureledger.casework.platform.problems.Refusal;
import org.disclosureledger.casework.support.Counts;
import org.disclosureledger.casework.support.InMemoryAgencies;
import org.disclosureledger.kernel.AgencyCode;
import org.disclosureledger.kernel.application.ApplicantCategory;
import org.disclosureledger.kernel.application.ApplicationConcluded;
import org.disclosureledger.kernel.application.ApplicationId;
import org.disclosureledger.kernel.application.ApplicationReceived;
import org.disclosureledger.kernel.application.ApplicationResult;
import org.disclosureledger.kernel.application.DeadlineSet;
import org.disclosureledger.kernel.application.FeeBasis;
import org.disclosureledger.kernel.application.FeeNoticeIssued;
import org.disclosureledger.kernel.application.ReceiptChannel;
import org.disclosureledger.kernel.application.ReplyDeadlineSet;
import org.disclosureledger.kernel.application.ReplyExtended;
import org.disclosureledger.kernel.calendar.ClockPause;
import org.disclosureledger.kernel.calendar.ClockStart;
import org.disclosureledger.kernel.calendar.DueDate;
import org.disclosureledger.kernel.calendar.ReckoningStep;
import org.disclosureledger.kernel.calendar.ReckoningText;
import org.disclosureledger.kernel.calendar.HolidaySchedule;
import org.disclosureledger.kernel.calendar.OfficialCalendarFile;
import org.disclosureledger.kernel.calendar.Period;
import org.disclosureledger.kernel.calendar.StatutoryClock;
import org.disclosureledger.kernel.calendar.WorkingDayCalendar;
import org.disclosureledger.kernel.money.Yuan;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

/** The case's clocks counted again when the calendar changes, and fees computed by the case. */
class StatutoryClocksTest {
    private static final ApplicationId CASE = ApplicationId.of(AgencyCode.of("hancong"), "2026-9");
    private static final WorkingDayCalendar BUNDLED = OfficialCalendarFile.bundled();
    /** A 2027 notice with Fri 1 to Sun 3 January off and no make-up day: calendar version 2. */
    private static final WorkingDayCalendar WITH_2027 = BUNDLED.with(new HolidaySchedule(2027,
            Set.of(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 2), LocalDate.of(2027, 1, 3)), Set.of(), List.of("test notice")));

    private static FixtureConfiguration<ApplicationCase> fixture(WorkingDayCalendar calendar) {
        FixtureConfiguration<ApplicationCase> fixture = new AggregateTestFixture<>(ApplicationCase.class);
        fixture.registerInjectableResource(new InMemoryAgencies("hancong"));
        fixture.registerInjectableResource((WorkingDayCalendars) () -> calendar);
        return fixture;
    }

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    private static ReplyDeadlineSet replyDue(LocalDate on, ReplyClock clock) {
        var reckoning = clock.reckon(BUNDLED);
        return new ReplyDeadlineSet(CASE, on, reckoning.due(), reckoning.steps());
    }

    private static List<String> words(ReplyDeadlineSet set) {
        return ReckoningText.lines(set.reckoning(), set.due());
    }

    /** The events a case received on {@code on} (and extended that day by {@code extension}) records with the bundled calendar. */
    private static Object[] receivedAndExtended(LocalDate on, int extension) {
        ReplyClock clock = ReplyClock.startedOn(on);
        ReplyClock extended = clock.extendedBy(extension);
        var notice = BUNDLED.reckon(new ReckoningStep.Start(on, ClockStart.RECEIVED, 7, StatutoryClock.SUPPLEMENT_NOTICE));
        return new Object[] {
                new ApplicationReceived(CASE, on, ApplicantCategory.NATURAL_PERSON, ReceiptChannel.ONLINE),
                replyDue(on, clock),
                new DeadlineSet(CASE, on, StatutoryClock.SUPPLEMENT_NOTICE, notice.due(), notice.steps()),
                new ReplyExtended(CASE, on, extension, false),
                replyDue(on, extended)};
    }

    @Test
    void aNewYearsScheduleTurnsAProvisionalDueDateIntoAFirmOneUnderTheNewVersion() {
        Object[] given = receivedAndExtended(day("2026-11-26"), 20);
        // Supplement notice: 27 Nov =1; 30 Nov-4 Dec =2-6; Mon 7 Dec =7.
        DueDate dec7 = new DueDate(day("2026-12-07"), false, 1);
        given[2] = new DeadlineSet(CASE, day("2026-11-26"), StatutoryClock.SUPPLEMENT_NOTICE, dec7,
                Counts.steps(dec7, StatutoryClock.SUPPLEMENT_NOTICE, "2026-11-26 received: day 0 of 7 working days, supplement notice (Art. 30)",
                        "day 7 of 7: 2026-12-07 (Mon)",
                        "due 2026-12-07 (calendar version 1)"));
        // With version 1: 26 Nov 2026 + 20 = Thu 24 Dec; + 20: Fri 25 =1; 28-31 =2-5; Fri 1 Jan 2027 =6 (weekday only);
        // 4-8 Jan =7-11; 11-15 =12-16; 18-21 =17-20 -> Thu 21 Jan 2027, provisional.
        assertThat(((ReplyDeadlineSet) given[4]).due()).isEqualTo(new DueDate(day("2027-01-21"), true, 1));
        // With 2027 known: 1-3 Jan off; 4-8 Jan =6-10; 11-15 =11-15; 18-22 =16-20 -> Fri 22 Jan 2027, firm, version 2.
        // The supplement-notice limit (Mon 7 Dec 2026) is not touched: nothing recorded for it.
        fixture(WITH_2027).given(given)
                .when(new RecomputeDeadlines(CASE, day("2026-11-27"), 2), byClerk())
                .expectEventsMatching(org.axonframework.test.matchers.Matchers.payloadsMatching(
                        org.axonframework.test.matchers.Matchers.exactSequenceOf(
                                org.axonframework.test.matchers.Matchers.predicate(event -> event instanceof ReplyDeadlineSet set
                                        && set.due().equals(new DueDate(day("2027-01-22"), false, 2))
                                        && words(set).contains("2027-01-01 to 2027-01-03: official holidays, not counted")),
                                org.axonframework.test.matchers.Matchers.andNoMore())));
    }

    @Test
    void aNewYearsScheduleRecountsAPaymentPeriodGivenInWorkingDays() {
        // Notice Thu 10 Dec 2026, 20 working days to pay: Dec 11 =1; 14-18 =2-6; 21-25 =7-11; 28-31 =12-15; 2027 unknown:
        // Fri 1 Jan =16 (weekday only); 4-7 Jan =17-20 -> Thu 7 Jan 2027, provisional. With 2027 known, 1 Jan is off:
        // 4-8 Jan =16-20 -> Fri 8 Jan 2027, firm. The reply clock's pause ends there too, so the reply is recounted.
        LocalDate received = day("2026-11-26");
        Period payment = new Period(day("2026-12-10"), ClockStart.FEE_NOTICE_ISSUED, StatutoryClock.PAYMENT_PERIOD, 20, null);
        var paymentCount = payment.reckon(BUNDLED);
        assertThat(paymentCount.due()).isEqualTo(new DueDate(day("2027-01-07"), true, 1));
        fixture(WITH_2027).given(new ApplicationReceived(CASE, received, ApplicantCategory.NATURAL_PERSON, ReceiptChannel.ONLINE),
                        replyDue(received, ReplyClock.startedOn(received)),
                        new FeeNoticeIssued(CASE, day("2026-12-10"), Yuan.of(200), null, null, 20),
                        replyDue(day("2026-12-10"), ReplyClock.startedOn(received).pausedOn(ClockPause.FEE_NOTICE, day("2026-12-10"), payment)),
                        new DeadlineSet(CASE, day("2026-12-10"), StatutoryClock.PAYMENT_PERIOD, paymentCount.due(), paymentCount.steps()))
                .when(new RecomputeDeadlines(CASE, day("2026-11-27"), 2), byClerk())
                .expectEventsMatching(org.axonframework.test.matchers.Matchers.payloadsMatching(
                        org.axonframework.test.matchers.Matchers.exactSequenceOf(
                                Matchers.instanceOf(ReplyDeadlineSet.class),
                                org.axonframework.test.matchers.Matchers.predicate(event -> event instanceof DeadlineSet set
                                        && set.clock() == StatutoryClock.PAYMENT_PERIOD
                                        && set.due().equals(new DueDate(day("2027-01-08"), false, 2))),
                                org.axonframework.test.matchers.Matchers.andNoMore())));
    }

    @Test
    void aNewScheduleThatChangesNoCountRecordsNothing() {
        // Received Thu 30 Sep 2021: its counts never reach 2027.
        Object[] given = receivedAndExtended(day("2021-09-30"), 10);
        DueDate oct15 = BUNDLED.reckon(day("2021-09-30"), 7).due();
        given[2] = new DeadlineSet(CASE, day("2021-09-30"), StatutoryClock.SUPPLEMENT_NOTICE, oct15,
                Counts.steps(oct15, StatutoryClock.SUPPLEMENT_NOTICE, supplementNoticeExplanation()));
        fixture(WITH_2027).given(given)
                .when(new RecomputeDeadlines(CASE, day("2021-10-26"), 2), byClerk())
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    private static String[] supplementNoticeExplanation() {
        return List.of("2021-09-30 received: day 0 of 7 working days, supplement notice (Art. 30)",
                "2021-10-01 to 2021-10-07: official holidays, not counted",
                "2021-10-09 (Sat): make-up working day (调休上班), counted as day 2",
                "day 7 of 7: 2021-10-15 (Fri)",
                "due 2021-10-15 (calendar version 1)").toArray(String[]::new);
    }

    @Test
    void aConcludedCaseHasNoClockToCountAgain() {
        Object[] given = receivedAndExtended(day("2026-11-26"), 20);
        Object[] concluded = java.util.Arrays.copyOf(given, given.length + 1);
        concluded[given.length] = new ApplicationConcluded(CASE, day("2026-11-26"), ApplicationResult.OTHER, null, false);
        fixture(WITH_2027).given(concluded)
                .when(new RecomputeDeadlines(CASE, day("2026-11-27"), 2), byClerk())
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aFeeNoticeByVolumeRecordsTheComputedAmountAndItsBasis() {
        Object[] given = receivedAndExtended(day("2021-09-30"), 10);
        fixture(BUNDLED).given(given[0], given[1])
                .when(new IssueFeeNotice(CASE, day("2021-10-08"), null, FeeBasis.PER_VOLUME, 250), byClerk())
                .expectEventsMatching(org.axonframework.test.matchers.Matchers.payloadsMatching(
                        org.axonframework.test.matchers.Matchers.exactSequenceOf(
                                org.axonframework.test.matchers.Matchers.predicate(event -> event instanceof FeeNoticeIssued notice
                                        && notice.amount().equals(Yuan.of(4700)) && notice.computation().basis() == FeeBasis.PER_VOLUME
                                        && notice.computation().quantity() == 250),
                                Matchers.instanceOf(ReplyDeadlineSet.class),
                                org.axonframework.test.matchers.Matchers.andNoMore())));
    }

    @Test
    void anAmountThatDisagreesWithTheComputationIsRefused() {
        Object[] given = receivedAndExtended(day("2021-09-30"), 10);
        fixture(BUNDLED).given(given[0], given[1])
                .when(new IssueFeeNotice(CASE, day("2021-10-08"), Yuan.of(300), FeeBasis.PER_APPLICATION, 35), byClerk())
                .expectException(Refusal.class)
                .expectExceptionMessage(Matchers.containsString("amountYuan 300.00 differs from the computed fee 200.00"))
                .expectNoEvents();
    }

    @Test
    void aFreeApplicationTakesNoFeeNotice() {
        Object[] given = receivedAndExtended(day("2021-09-30"), 10);
        fixture(BUNDLED).given(given[0], given[1])
                .when(new IssueFeeNotice(CASE, day("2021-10-08"), null, FeeBasis.PER_APPLICATION, 7), byClerk())
                .expectException(Refusal.class)
                .expectExceptionMessage(Matchers.containsString("nothing to charge"))
                .expectNoEvents();
    }

    @Test
    void pausesBeforeASupplementCameInNoLongerMatter() {
        LocalDate received = day("2021-09-30");
        ReplyClock clock = ReplyClock.startedOn(received);
        // Consulted 8-11 Oct, supplement asked 12 Oct and received Wed 13 Oct: a new period from 13 Oct, no pause counts.
        // 14-15 Oct =1-2; 18-22 =3-7; 25-29 =8-12; 1-5 Nov =13-17; 8-10 Nov =18-20 -> Wed 10 Nov 2021.
        fixture(BUNDLED).given(new ApplicationReceived(CASE, received, ApplicantCategory.NATURAL_PERSON, ReceiptChannel.ONLINE),
                        replyDue(received, clock),
                        new org.disclosureledger.kernel.application.ConsultationStarted(CASE, day("2021-10-08"),
                                org.disclosureledger.kernel.application.ConsultedParty.THIRD_PARTY, new DueDate(day("2021-10-28"), false, 1)),
                        new org.disclosureledger.kernel.application.ConsultationEnded(CASE, day("2021-10-11")),
                        new org.disclosureledger.kernel.application.SupplementRequested(CASE, day("2021-10-12"), null,
                                new DueDate(day("2021-10-15"), false, 1), false))
                .when(new ApplicationCommand.ReceiveSupplement(CASE, day("2021-10-13")), byClerk())
                .expectEventsMatching(org.axonframework.test.matchers.Matchers.payloadsMatching(
                        org.axonframework.test.matchers.Matchers.exactSequenceOf(
                                Matchers.instanceOf(org.disclosureledger.kernel.application.SupplementReceived.class),
                                org.axonframework.test.matchers.Matchers.predicate(event -> event instanceof ReplyDeadlineSet set
                                        && set.due().equals(new DueDate(day("2021-11-10"), false, 1))
                                        && words(set).get(0).equals("2021-10-13 supplement received: day 0 of 20 working days, reply (Art. 33)")),
                                org.axonframework.test.matchers.Matchers.andNoMore())));
    }

    @Test
    void anUnpaidFeeNoticeStopsTheClockUntilPaid() {
        LocalDate received = day("2021-09-30");
        ReplyClock clock = ReplyClock.startedOn(received);
        // Notice Fri 8 Oct, paid Fri 15 Oct: 9, 11-15 Oct (6 working days) not counted. 8 Oct =1; 18-22 =2-6; 25-29 =7-11;
        // 1-5 Nov =12-16; 8-11 Nov =17-20 -> Thu 11 Nov 2021.
        fixture(BUNDLED).given(new ApplicationReceived(CASE, received, ApplicantCategory.NATURAL_PERSON, ReceiptChannel.ONLINE),
                        replyDue(received, clock),
                        new FeeNoticeIssued(CASE, day("2021-10-08"), Yuan.of(200)))
                .when(new ApplicationCommand.PayFee(CASE, day("2021-10-15")), byClerk())
                .expectEventsMatching(org.axonframework.test.matchers.Matchers.payloadsMatching(
                        org.axonframework.test.matchers.Matchers.exactSequenceOf(
                                Matchers.instanceOf(org.disclosureledger.kernel.application.FeePaid.class),
                                org.axonframework.test.matchers.Matchers.predicate(event -> event instanceof ReplyDeadlineSet set
                                        && set.due().equals(new DueDate(day("2021-11-11"), false, 1))
                                        && words(set).contains("2021-10-08 to 2021-10-15 fee notice unpaid: 6 working day(s) not counted")),
                                org.axonframework.test.matchers.Matchers.andNoMore())));
    }
}
