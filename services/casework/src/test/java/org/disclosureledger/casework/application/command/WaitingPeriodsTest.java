package org.disclosureledger.casework.application.command;

import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;
import static org.axonframework.test.matchers.Matchers.predicate;
import static org.disclosureledger.casework.support.Recordings.byClerk;

import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.disclosureledger.casework.application.command.ApplicationCommand.AnswerApplication;
import org.disclosureledger.casework.application.command.ApplicationCommand.IssueFeeNotice;
import org.disclosureledger.casework.application.command.ApplicationCommand.LapseFee;
import org.disclosureledger.casework.application.command.ApplicationCommand.LapseSupplement;
import org.disclosureledger.casework.application.command.ApplicationCommand.PayFee;
import org.disclosureledger.casework.application.command.ApplicationCommand.RequestSupplement;
import org.disclosureledger.casework.application.command.ApplicationCommand.WaiveFee;
import org.disclosureledger.casework.calendar.command.WorkingDayCalendars;
import org.disclosureledger.casework.platform.problems.Refusal;
import org.disclosureledger.casework.support.Counts;
import org.disclosureledger.casework.support.InMemoryAgencies;
import org.disclosureledger.kernel.AgencyCode;
import org.disclosureledger.kernel.application.ApplicantCategory;
import org.disclosureledger.kernel.application.ApplicationAnswered;
import org.disclosureledger.kernel.application.ApplicationConcluded;
import org.disclosureledger.kernel.application.ApplicationId;
import org.disclosureledger.kernel.application.ApplicationReceived;
import org.disclosureledger.kernel.application.ApplicationResult;
import org.disclosureledger.kernel.application.DeadlineSet;
import org.disclosureledger.kernel.application.FeeLapsed;
import org.disclosureledger.kernel.application.FeeNoticeIssued;
import org.disclosureledger.kernel.application.FeePaid;
import org.disclosureledger.kernel.application.FeeWaived;
import org.disclosureledger.kernel.application.FeeWaiverReason;
import org.disclosureledger.kernel.application.ReceiptChannel;
import org.disclosureledger.kernel.application.ReplyDeadlineSet;
import org.disclosureledger.kernel.application.SupplementLapsed;
import org.disclosureledger.kernel.application.SupplementReceived;
import org.disclosureledger.kernel.application.SupplementRequested;
import org.disclosureledger.kernel.calendar.DueDate;
import org.disclosureledger.kernel.calendar.StatutoryClock;
import org.disclosureledger.kernel.money.Yuan;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The periods a case waits on the applicant (Art. 30; Art. 42 and 国办函〔2020〕109号): recorded with the step, ending
 * the reply clock's pause where they end, and deciding when a lapse can have happened. Received Thu 30 Sep 2021: with
 * no pause the reply is due Wed 3 Nov 2021 (1-7 Oct off, Sat 9 Oct worked).
 */
class WaitingPeriodsTest {
    private static final ApplicationId CASE = ApplicationId.of(AgencyCode.of("hancong"), "2021-30");
    private static final LocalDate RECEIVED = LocalDate.of(2021, 9, 30);

    private FixtureConfiguration<ApplicationCase> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ApplicationCase.class);
        fixture.registerInjectableResource(new InMemoryAgencies("hancong"));
        fixture.registerInjectableResource(WorkingDayCalendars.bundled());
    }

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    private static org.hamcrest.Matcher<Object> that(java.util.function.Predicate<Object> holds) {
        return predicate(holds);
    }

    private static DueDate due(String iso) {
        return new DueDate(day(iso), false, 1);
    }

    private static ApplicationReceived received() {
        return new ApplicationReceived(CASE, RECEIVED, ApplicantCategory.NATURAL_PERSON, ReceiptChannel.ONLINE);
    }

    /** Asked Fri 8 Oct 2021 to supplement by Fri 22 Oct. */
    private static SupplementRequested supplementRequestedUntilOctober22() {
        return new SupplementRequested(CASE, day("2021-10-08"), day("2021-10-22"), null, due("2021-10-15"), false);
    }

    /** A fee of 200元 notified Fri 8 Oct 2021, to be paid by Fri 15 Oct. */
    private static FeeNoticeIssued feeNotifiedUntilOctober15() {
        return new FeeNoticeIssued(CASE, day("2021-10-08"), Yuan.of(200), null, day("2021-10-15"), null);
    }

    @Test
    void aSupplementRequestRecordsTheApplicantsPeriodAndTheReplyClockRunsAgainWhereItEnds() {
        // Paused after Fri 8 Oct (day 1) to Fri 22 Oct: Sat 9, 11-15, 18-22 Oct not counted. 25-29 Oct =2-6; 1-5 Nov =7-11;
        // 8-12 Nov =12-16; 15-18 Nov =17-20 -> Thu 18 Nov 2021, if no supplement comes in and no lapse is recorded.
        fixture.given(received())
                .when(new RequestSupplement(CASE, day("2021-10-08"), day("2021-10-22"), null), byClerk())
                .expectEvents(supplementRequestedUntilOctober22(),
                        new ReplyDeadlineSet(CASE, day("2021-10-08"), due("2021-11-18"), Counts.steps(due("2021-11-18"), StatutoryClock.REPLY,
                                "2021-09-30 received: day 0 of 20 working days, reply (Art. 33)",
                                "2021-10-08 to 2021-10-22 waiting for the applicant's supplement: 11 working day(s) not counted, "
                                        + "to the end of the applicant's supplement period (Art. 30)",
                                "2021-10-01 to 2021-10-07: official holidays, not counted",
                                "day 20 of 20: 2021-11-18 (Thu)",
                                "due 2021-11-18 (calendar version 1)")),
                        new DeadlineSet(CASE, day("2021-10-08"), StatutoryClock.SUPPLEMENT_PERIOD, due("2021-10-22"),
                                Counts.steps(due("2021-10-22"), StatutoryClock.SUPPLEMENT_PERIOD,
                                        "2021-10-08 supplement requested: supplement period (Art. 30) ends 2021-10-22, as the agency set it",
                                        "due 2021-10-22 (calendar version 1)")));
    }

    @Test
    void aSupplementPeriodInWorkingDaysIsCountedOnTheCalendar() {
        // 10 working days from Fri 8 Oct 2021: Sat 9 Oct worked =1; 11-15 =2-6; 18-21 =7-10 -> Thu 21 Oct.
        fixture.given(received())
                .when(new RequestSupplement(CASE, day("2021-10-08"), null, 10), byClerk())
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        Matchers.equalTo(new SupplementRequested(CASE, day("2021-10-08"), null, 10, due("2021-10-15"), false)),
                        Matchers.instanceOf(ReplyDeadlineSet.class),
                        Matchers.equalTo(new DeadlineSet(CASE, day("2021-10-08"), StatutoryClock.SUPPLEMENT_PERIOD, due("2021-10-21"),
                                Counts.steps(due("2021-10-21"), StatutoryClock.SUPPLEMENT_PERIOD,
                                        "2021-10-08 supplement requested: day 0 of 10 working days, supplement period (Art. 30)",
                                        "2021-10-09 (Sat): make-up working day (调休上班), counted as day 1",
                                        "day 10 of 10: 2021-10-21 (Thu)",
                                        "due 2021-10-21 (calendar version 1)"))),
                        andNoMore())));
    }

    @Test
    void aSupplementPeriodGivenBothAsADateAndInWorkingDaysIsRefused() {
        fixture.given(received())
                .when(new RequestSupplement(CASE, day("2021-10-08"), day("2021-10-22"), 10), byClerk())
                .expectException(Refusal.class)
                .expectExceptionMessage(Matchers.containsString("either as dueOn or as workingDays, not both"))
                .expectNoEvents();
    }

    @Test
    void aSupplementPeriodOfNoWorkingDaysIsRefused() {
        fixture.given(received())
                .when(new RequestSupplement(CASE, day("2021-10-08"), null, 0), byClerk())
                .expectException(Refusal.class)
                .expectExceptionMessage(Matchers.containsString("workingDays must be at least 1"))
                .expectNoEvents();
    }

    @Test
    void aSupplementPeriodEndingBeforeTheRequestIsRefused() {
        fixture.given(received())
                .when(new RequestSupplement(CASE, day("2021-10-08"), day("2021-10-07"), null), byClerk())
                .expectException(Refusal.class)
                .expectExceptionMessage(Matchers.containsString("dueOn 2021-10-07 is before the request on 2021-10-08"))
                .expectNoEvents();
    }

    @Test
    void aLapseDatedBeforeTheApplicantsPeriodIsOverIsRefusedNamingTheDayItEnds() {
        fixture.given(received(), supplementRequestedUntilOctober22())
                .when(new LapseSupplement(CASE, day("2021-10-22")), byClerk())
                .expectException(Refusal.class)
                .expectExceptionMessage(Matchers.allOf(Matchers.containsString("supplement period (Art. 30) given on 2021-10-08 ends on 2021-10-22"),
                        Matchers.containsString("no lapse can be dated before 2021-10-23")))
                .expectNoEvents();
    }

    @Test
    void aLapseTheDayAfterTheApplicantsPeriodConcludesTheCase() {
        fixture.given(received(), supplementRequestedUntilOctober22())
                .when(new LapseSupplement(CASE, day("2021-10-23")), byClerk())
                .expectEvents(new SupplementLapsed(CASE, day("2021-10-23")),
                        new ApplicationConcluded(CASE, day("2021-10-23"), ApplicationResult.OTHER_NO_SUPPLEMENT, null, false));
    }

    @Test
    void anAnswerAfterAForgottenSupplementIsFlaggedLate() {
        // The reply clock ran again after 22 Oct: due Thu 18 Nov 2021.
        fixture.given(received(), supplementRequestedUntilOctober22())
                .when(new AnswerApplication(CASE, day("2021-11-19"), ApplicationResult.DISCLOSED), byClerk())
                .expectEvents(new ApplicationAnswered(CASE, day("2021-11-19"), ApplicationResult.DISCLOSED),
                        new ApplicationConcluded(CASE, day("2021-11-19"), ApplicationResult.DISCLOSED, day("2021-11-18"), true));
    }

    @Test
    void anAnswerWhileASupplementWithNoRecordedPeriodIsAwaitedCountsTheWaitUpToTheAnswer() {
        // The request (Fri 8 Oct) recorded no period: the wait lasts until the answer (Mon 15 Nov), which is in time:
        // 8 Oct =1; 16-19 Nov =2-5; 22-26 =6-10; 29 Nov-3 Dec =11-15; 6-10 Dec =16-20 -> Fri 10 Dec 2021.
        fixture.given(received(), new SupplementRequested(CASE, day("2021-10-08"), null, due("2021-10-15"), false))
                .when(new AnswerApplication(CASE, day("2021-11-15"), ApplicationResult.DISCLOSED), byClerk())
                .expectEventsMatching(payloadsMatching(exactSequenceOf(Matchers.instanceOf(ApplicationAnswered.class),
                        that(event -> event instanceof ApplicationConcluded concluded && !concluded.late()
                                && concluded.replyDueOn().equals(day("2021-12-10"))), andNoMore())));
    }

    @Test
    void unclearAfterSupplementIsRefusedWhereNoSupplementWasRequested() {
        fixture.given(received())
                .when(new AnswerApplication(CASE, day("2021-10-15"), ApplicationResult.UNAVAILABLE_UNCLEAR_AFTER_SUPPLEMENT), byClerk())
                .expectException(Refusal.class)
                .expectExceptionMessage(Matchers.containsString("no supplement was requested for this application"))
                .expectNoEvents();
    }

    @Test
    void unclearAfterSupplementIsRefusedWhileTheSupplementIsAwaited() {
        fixture.given(received(), supplementRequestedUntilOctober22())
                .when(new AnswerApplication(CASE, day("2021-10-15"), ApplicationResult.UNAVAILABLE_UNCLEAR_AFTER_SUPPLEMENT), byClerk())
                .expectException(Refusal.class)
                .expectExceptionMessage(Matchers.containsString("the supplement requested on 2021-10-08 has not been received (Art. 30)"))
                .expectNoEvents();
    }

    @Test
    void unclearAfterSupplementIsAnAnswerOnceTheSupplementCameIn() {
        // Supplement in Tue 12 Oct: a new period, due Tue 9 Nov 2021.
        fixture.given(received(), supplementRequestedUntilOctober22(), new SupplementReceived(CASE, day("2021-10-12")))
                .when(new AnswerApplication(CASE, day("2021-10-20"), ApplicationResult.UNAVAILABLE_UNCLEAR_AFTER_SUPPLEMENT), byClerk())
                .expectEvents(new ApplicationAnswered(CASE, day("2021-10-20"), ApplicationResult.UNAVAILABLE_UNCLEAR_AFTER_SUPPLEMENT),
                        new ApplicationConcluded(CASE, day("2021-10-20"), ApplicationResult.UNAVAILABLE_UNCLEAR_AFTER_SUPPLEMENT,
                                day("2021-11-09"), false));
    }

    @Test
    void aFeeNoticeRecordsItsPaymentPeriodAndTheReplyClockRunsAgainWhereItEnds() {
        // Paused after Fri 8 Oct (day 1) to Fri 15 Oct: 9, 11-15 Oct not counted; 18-22 =2-6; 25-29 =7-11; 1-5 Nov =12-16;
        // 8-11 Nov =17-20 -> Thu 11 Nov 2021, if the fee is neither paid nor recorded as lapsed.
        fixture.given(received())
                .when(new IssueFeeNotice(CASE, day("2021-10-08"), Yuan.of(200), null, null, day("2021-10-15"), null), byClerk())
                .expectEvents(feeNotifiedUntilOctober15(),
                        new ReplyDeadlineSet(CASE, day("2021-10-08"), due("2021-11-11"), Counts.steps(due("2021-11-11"), StatutoryClock.REPLY,
                                "2021-09-30 received: day 0 of 20 working days, reply (Art. 33)",
                                "2021-10-08 to 2021-10-15 fee notice unpaid: 6 working day(s) not counted, to the end of the payment period "
                                        + "(国办函〔2020〕109号)",
                                "2021-10-01 to 2021-10-07: official holidays, not counted",
                                "day 20 of 20: 2021-11-11 (Thu)",
                                "due 2021-11-11 (calendar version 1)")),
                        new DeadlineSet(CASE, day("2021-10-08"), StatutoryClock.PAYMENT_PERIOD, due("2021-10-15"),
                                Counts.steps(due("2021-10-15"), StatutoryClock.PAYMENT_PERIOD,
                                        "2021-10-08 fee notice issued: payment period (国办函〔2020〕109号) ends 2021-10-15, as the agency set it",
                                        "due 2021-10-15 (calendar version 1)")));
    }

    @Test
    void aPaymentPeriodInWorkingDaysIsCountedOnTheCalendar() {
        // 20 working days from Fri 8 Oct 2021: Sat 9 =1; 11-15 =2-6; 18-22 =7-11; 25-29 =12-16; 1-4 Nov =17-20 -> Thu 4 Nov.
        fixture.given(received())
                .when(new IssueFeeNotice(CASE, day("2021-10-08"), Yuan.of(200), null, null, null, 20), byClerk())
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        Matchers.equalTo(new FeeNoticeIssued(CASE, day("2021-10-08"), Yuan.of(200), null, null, 20)),
                        Matchers.instanceOf(ReplyDeadlineSet.class),
                        that(event -> event instanceof DeadlineSet set && set.clock() == StatutoryClock.PAYMENT_PERIOD
                                && set.due().equals(due("2021-11-04"))),
                        andNoMore())));
    }

    @Test
    void aPaymentPeriodGivenBothAsADateAndInWorkingDaysIsRefused() {
        fixture.given(received())
                .when(new IssueFeeNotice(CASE, day("2021-10-08"), Yuan.of(200), null, null, day("2021-10-15"), 5), byClerk())
                .expectException(Refusal.class)
                .expectExceptionMessage(Matchers.containsString("either as payBy or as payWithinWorkingDays, not both"))
                .expectNoEvents();
    }

    @Test
    void aFeeLapseDatedBeforeThePaymentPeriodIsOverIsRefusedNamingTheDayItEnds() {
        fixture.given(received(), feeNotifiedUntilOctober15())
                .when(new LapseFee(CASE, day("2021-10-15")), byClerk())
                .expectException(Refusal.class)
                .expectExceptionMessage(Matchers.allOf(Matchers.containsString("payment period (国办函〔2020〕109号) of the fee notice ends on 2021-10-15"),
                        Matchers.containsString("no lapse can be dated before 2021-10-16")))
                .expectNoEvents();
    }

    @Test
    void aFeeLapseTheDayAfterThePaymentPeriodConcludesTheCase() {
        fixture.given(received(), feeNotifiedUntilOctober15())
                .when(new LapseFee(CASE, day("2021-10-16")), byClerk())
                .expectEvents(new FeeLapsed(CASE, day("2021-10-16")),
                        new ApplicationConcluded(CASE, day("2021-10-16"), ApplicationResult.OTHER_FEE_UNPAID, null, false));
    }

    @Test
    void anAnswerAfterAnUnpaidFeesPeriodIsFlaggedLate() {
        fixture.given(received(), feeNotifiedUntilOctober15())
                .when(new AnswerApplication(CASE, day("2021-11-12"), ApplicationResult.DISCLOSED), byClerk())
                .expectEvents(new ApplicationAnswered(CASE, day("2021-11-12"), ApplicationResult.DISCLOSED),
                        new ApplicationConcluded(CASE, day("2021-11-12"), ApplicationResult.DISCLOSED, day("2021-11-11"), true));
    }

    @Test
    void aWaiverOfTheWholeFeeIsAStepOfItsOwnAndTheClockRunsAgain() {
        // Waived Tue 12 Oct: 9, 11, 12 Oct not counted. 8 Oct =1; 13-15 =2-4; 18-22 =5-9; 25-29 =10-14; 1-5 Nov =15-19;
        // Mon 8 Nov =20.
        fixture.given(received(), feeNotifiedUntilOctober15())
                .when(new WaiveFee(CASE, day("2021-10-12"), null, FeeWaiverReason.ECONOMIC_HARDSHIP), byClerk())
                .expectEvents(new FeeWaived(CASE, day("2021-10-12"), Yuan.of(200), Yuan.ZERO, FeeWaiverReason.ECONOMIC_HARDSHIP),
                        new ReplyDeadlineSet(CASE, day("2021-10-12"), due("2021-11-08"), Counts.steps(due("2021-11-08"), StatutoryClock.REPLY,
                                "2021-09-30 received: day 0 of 20 working days, reply (Art. 33)",
                                "2021-10-08 to 2021-10-12 fee notice unpaid: 3 working day(s) not counted",
                                "2021-10-01 to 2021-10-07: official holidays, not counted",
                                "day 20 of 20: 2021-11-08 (Mon)",
                                "due 2021-11-08 (calendar version 1)")));
    }

    @Test
    void aPartWaivedLeavesTheRestToPay() {
        fixture.given(received(), feeNotifiedUntilOctober15(),
                        new FeeWaived(CASE, day("2021-10-11"), Yuan.of(150), Yuan.of(50), FeeWaiverReason.OTHER))
                .when(new PayFee(CASE, day("2021-10-12")), byClerk())
                .expectEventsMatching(payloadsMatching(exactSequenceOf(Matchers.equalTo(new FeePaid(CASE, day("2021-10-12"), Yuan.of(50))),
                        Matchers.instanceOf(ReplyDeadlineSet.class), andNoMore())));
    }

    @Test
    void aPartWaiverRecordsWhatRemains() {
        fixture.given(received(), feeNotifiedUntilOctober15())
                .when(new WaiveFee(CASE, day("2021-10-11"), Yuan.of(150), FeeWaiverReason.OTHER), byClerk())
                .expectEvents(new FeeWaived(CASE, day("2021-10-11"), Yuan.of(150), Yuan.of(50), FeeWaiverReason.OTHER));
    }

    @Test
    void aWaiverOfMoreThanIsUnpaidIsRefused() {
        fixture.given(received(), feeNotifiedUntilOctober15())
                .when(new WaiveFee(CASE, day("2021-10-11"), Yuan.of(250), FeeWaiverReason.OTHER), byClerk())
                .expectException(Refusal.class)
                .expectExceptionMessage(Matchers.containsString("amountYuan 250.00 is more than the 200.00 still unpaid"))
                .expectNoEvents();
    }

    @Test
    void aWaiverNeedsItsReason() {
        fixture.given(received(), feeNotifiedUntilOctober15())
                .when(new WaiveFee(CASE, day("2021-10-11"), null, null), byClerk())
                .expectException(Refusal.class)
                .expectExceptionMessage(Matchers.containsString("reason is missing"))
                .expectNoEvents();
    }

    @Test
    void aWaiverWithoutAnUnpaidFeeIsRefused() {
        fixture.given(received())
                .when(new WaiveFee(CASE, day("2021-10-11"), null, FeeWaiverReason.ECONOMIC_HARDSHIP), byClerk())
                .expectException(Refusal.class)
                .expectExceptionMessage(Matchers.containsString("no unpaid fee notice is pending for a fee to be waived"))
                .expectNoEvents();
    }

    @Test
    void aFeeWaivedInFullCanNoLongerLapse() {
        fixture.given(received(), feeNotifiedUntilOctober15(),
                        new FeeWaived(CASE, day("2021-10-11"), Yuan.of(200), Yuan.ZERO, FeeWaiverReason.OTHER))
                .when(new LapseFee(CASE, day("2021-10-18")), byClerk())
                .expectException(Refusal.class)
                .expectNoEvents();
    }
}
