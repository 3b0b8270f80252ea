package org.disclosureledger.casework.application.command;

import static org.disclosureledger.casework.support.Recordings.byClerk;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.disclosureledger.casework.application.command.ApplicationCommand.AnswerApplication;
import org.disclosureledger.casework.application.command.ApplicationCommand.EndConsultation;
import org.disclosureledger.casework.application.command.ApplicationCommand.ExtendReply;
import org.disclosureledger.casework.application.command.ApplicationCommand.IssueFeeNotice;
import org.disclosureledger.casework.application.command.ApplicationCommand.LapseFee;
import org.disclosureledger.casework.application.command.ApplicationCommand.LapseSupplement;
import org.disclosureledger.casework.application.command.ApplicationCommand.PayFee;
import org.disclosureledger.casework.application.command.ApplicationCommand.ReceiveApplication;
import org.disclosureledger.casework.application.command.ApplicationCommand.ReceiveSupplement;
import org.disclosureledger.casework.application.command.ApplicationCommand.RequestSupplement;
import org.disclosureledger.casework.application.command.ApplicationCommand.StartConsultation;
import org.disclosureledger.casework.application.command.ApplicationCommand.WithdrawApplication;
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
import org.disclosureledger.kernel.application.ApplicationWithdrawn;
import org.disclosureledger.kernel.application.ConsultationEnded;
import org.disclosureledger.kernel.application.ConsultationStarted;
import org.disclosureledger.kernel.application.ConsultedParty;
import org.disclosureledger.kernel.application.FeeLapsed;
import org.disclosureledger.kernel.application.FeeNoticeIssued;
import org.disclosureledger.kernel.application.FeePaid;
import org.disclosureledger.kernel.application.ReceiptChannel;
import org.disclosureledger.kernel.application.ReplyDeadlineSet;
import org.disclosureledger.kernel.application.ReplyExtended;
import org.disclosureledger.kernel.application.SupplementLapsed;
import org.disclosureledger.kernel.application.SupplementReceived;
import org.disclosureledger.kernel.application.SupplementRequested;
import org.disclosureledger.kernel.application.DeadlineSet;
import org.disclosureledger.kernel.calendar.DueDate;
import org.disclosureledger.kernel.calendar.StatutoryClock;
import org.disclosureledger.kernel.money.Yuan;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ApplicationCaseTest {
    private static final ApplicationId CASE = ApplicationId.of(AgencyCode.of("hancong"), "2021-17");
    private static final LocalDate RECEIVED = LocalDate.of(2021, 9, 30);
    // Received Thu 30 Sep 2021: 1-7 Oct National Day, Sat 9 Oct worked; the 20th working day after is Wed 3 Nov.
    private static final LocalDate DUE = LocalDate.of(2021, 11, 3);

    private FixtureConfiguration<ApplicationCase> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ApplicationCase.class);
        fixture.registerInjectableResource(new InMemoryAgencies("hancong"));
        fixture.registerInjectableResource(WorkingDayCalendars.bundled());
    }

    private static ApplicationReceived received() {
        return new ApplicationReceived(CASE, RECEIVED, ApplicantCategory.NATURAL_PERSON, ReceiptChannel.ONLINE);
    }

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void receiptRecordsTheApplicationAndItsReplyDueDate() {
        fixture.givenNoPriorActivity()
                .when(new ReceiveApplication(CASE, RECEIVED, ApplicantCategory.NATURAL_PERSON, ReceiptChannel.ONLINE), byClerk())
                .expectSuccessfulHandlerExecution()
                .expectEvents(received(), replyDue(RECEIVED, new DueDate(DUE, false, 1),
                                "2021-09-30 received: day 0 of 20 working days, reply (Art. 33)",
                                "2021-10-01 to 2021-10-07: official holidays, not counted",
                                "2021-10-09 (Sat): make-up working day (调休上班), counted as day 2",
                                "day 20 of 20: 2021-11-03 (Wed)",
                                "due 2021-11-03 (calendar version 1)"),
                        // Supplement notice: 1-7 Oct off; Fri 8 =1, Sat 9 worked =2, 11-15 Oct =3-7 -> Fri 15 Oct.
                        deadline(RECEIVED, StatutoryClock.SUPPLEMENT_NOTICE, new DueDate(day("2021-10-15"), false, 1),
                                "2021-09-30 received: day 0 of 7 working days, supplement notice (Art. 30)",
                                "2021-10-01 to 2021-10-07: official holidays, not counted",
                                "2021-10-09 (Sat): make-up working day (调休上班), counted as day 2",
                                "day 7 of 7: 2021-10-15 (Fri)",
                                "due 2021-10-15 (calendar version 1)"));
    }

    @Test
    void receiptOfAnUnregisteredAgencyIsRefused() {
        ApplicationId elsewhere = ApplicationId.of(AgencyCode.of("nowhere"), "1");
        fixture.givenNoPriorActivity()
                .when(new ReceiveApplication(elsewhere, RECEIVED, ApplicantCategory.NATURAL_PERSON, ReceiptChannel.ONLINE), byClerk())
                .expectException(Refusal.class)
                .expectExceptionMessage(Matchers.containsString("'nowhere' is not registered"))
                .expectNoEvents();
    }

    @Test
    void receiptDatedInTheFutureIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new ReceiveApplication(CASE, day("2022-06-02"), ApplicantCategory.NATURAL_PERSON, ReceiptChannel.POST), byClerk())
                .expectException(Refusal.class)
                .expectExceptionMessage(Matchers.containsString("in the future"))
                .expectNoEvents();
    }

    @Test
    void aCaseIsReceivedOnlyOnce() {
        fixture.given(received())
                .when(new ReceiveApplication(CASE, RECEIVED, ApplicantCategory.NATURAL_PERSON, ReceiptChannel.ONLINE), byClerk())
                .expectException(Refusal.class)
                .expectExceptionMessage(Matchers.containsString("already received on 2021-09-30"))
                .expectNoEvents();
    }

    @Test
    void answerConcludesTheCaseWithItsOneResultInTime() {
        fixture.given(received())
                .when(new AnswerApplication(CASE, day("2021-11-03"), ApplicationResult.PARTIALLY_DISCLOSED), byClerk())
                .expectEvents(new ApplicationAnswered(CASE, day("2021-11-03"), ApplicationResult.PARTIALLY_DISCLOSED),
                        new ApplicationConcluded(CASE, day("2021-11-03"), ApplicationResult.PARTIALLY_DISCLOSED, DUE, false));
    }

    @Test
    void answerAfterTheReplyPeriodIsRecordedAndFlaggedLate() {
        fixture.given(received())
                .when(new AnswerApplication(CASE, day("2021-11-04"), ApplicationResult.DISCLOSED), byClerk())
                .expectEvents(new ApplicationAnswered(CASE, day("2021-11-04"), ApplicationResult.DISCLOSED),
                        new ApplicationConcluded(CASE, day("2021-11-04"), ApplicationResult.DISCLOSED, DUE, true));
    }

    @Test
    void aConcludedCaseTakesNoSecondConclusion() {
        fixture.given(received(), new ApplicationAnswered(CASE, day("2021-10-08"), ApplicationResult.DISCLOSED),
                        new ApplicationConcluded(CASE, day("2021-10-08"), ApplicationResult.DISCLOSED, DUE, false))
                .when(new AnswerApplication(CASE, day("2021-10-09"), ApplicationResult.UNAVAILABLE_NOT_HELD), byClerk())
                .expectException(Refusal.class)
                .expectExceptionMessage(Matchers.containsString("already concluded"))
                .expectNoEvents();
    }

    @Test
    void aConcludedCaseTakesNoFurtherStep() {
        fixture.given(received(), new ApplicationWithdrawn(CASE, day("2021-10-08")),
                        new ApplicationConcluded(CASE, day("2021-10-08"), ApplicationResult.OTHER, null, false))
                .when(new ExtendReply(CASE, day("2021-10-11"), 5), byClerk())
                .expectException(Refusal.class)
                .expectNoEvents();
    }

    @Test
    void aStepDatedBeforeTheReceiptIsRefused() {
        fixture.given(received())
                .when(new AnswerApplication(CASE, day("2021-09-29"), ApplicationResult.DISCLOSED), byClerk())
                .expectException(Refusal.class)
                .expectExceptionMessage(Matchers.containsString("before the application's receipt on 2021-09-30"))
                .expectNoEvents();
    }

    @Test
    void aStepDatedBeforeThePreviousStepIsRefused() {
        fixture.given(received(), new ConsultationStarted(CASE, day("2021-10-15"), ConsultedParty.THIRD_PARTY,
                        new DueDate(day("2021-11-05"), false, 1)))
                .when(new EndConsultation(CASE, day("2021-10-14")), byClerk())
                .expectException(Refusal.class)
                .expectExceptionMessage(Matchers.containsString("before the case's previous step on 2021-10-15"))
                .expectNoEvents();
    }

    @Test
    void aStepDatedInTheFutureIsRefused() {
        fixture.given(received())
                .when(new AnswerApplication(CASE, day("2022-06-02"), ApplicationResult.DISCLOSED), byClerk())
                .expectException(Refusal.class)
                .expectExceptionMessage(Matchers.containsString("in the future"))
                .expectNoEvents();
    }

    @Test
    void extensionMovesTheDueDateByItsWorkingDays() {
        // 3 Nov + 10 working days = Wed 17 Nov 2021.
        fixture.given(received())
                .when(new ExtendReply(CASE, day("2021-10-25"), 10), byClerk())
                .expectEvents(new ReplyExtended(CASE, day("2021-10-25"), 10, false),
                        replyDue(day("2021-10-25"), new DueDate(day("2021-11-17"), false, 1),
                                "2021-09-30 received: day 0 of 20 working days, reply (Art. 33)",
                                "extended by 10 working day(s) (Art. 33): due at working day 10 after 2021-11-03",
                                "2021-10-01 to 2021-10-07: official holidays, not counted",
                                "2021-10-09 (Sat): make-up working day (调休上班), counted as day 2",
                                "day 30 of 30: 2021-11-17 (Wed)",
                                "due 2021-11-17 (calendar version 1)"));
    }

    @Test
    void extendsTheReplyOnlyOnce() {
        fixture.given(received(), new ReplyExtended(CASE, day("2021-10-25"), 10, false))
                .when(new ExtendReply(CASE, day("2021-10-26"), 5), byClerk())
                .expectException(Refusal.class)
                .expectExceptionMessage(Matchers.containsString("already extended"))
                .expectNoEvents();
    }

    @Test
    void anExtensionOfMoreThanTwentyWorkingDaysIsRefused() {
        fixture.given(received())
                .when(new ExtendReply(CASE, day("2021-10-25"), 21), byClerk())
                .expectException(Refusal.class)
                .expectNoEvents();
    }

    @Test
    void anExtensionAfterTheDueDateIsRecordedAndFlaggedLate() {
        fixture.given(received())
                .when(new ExtendReply(CASE, day("2021-11-04"), 5), byClerk())
                .expectEventsMatching(org.axonframework.test.matchers.Matchers.payloadsMatching(
                        org.axonframework.test.matchers.Matchers.exactSequenceOf(
                                Matchers.equalTo(new ReplyExtended(CASE, day("2021-11-04"), 5, true)),
                                Matchers.instanceOf(ReplyDeadlineSet.class),
                                org.axonframework.test.matchers.Matchers.andNoMore())));
    }

    @Test
    void supplementRequestedAfterSevenWorkingDaysIsFlaggedLate() {
        // 7 working days after Thu 30 Sep 2021 is Fri 15 Oct (8, make-up Sat 9, 11-15 Oct).
        fixture.given(received())
                .when(new RequestSupplement(CASE, day("2021-10-18"), day("2021-11-01")), byClerk())
                .expectEventsMatching(org.axonframework.test.matchers.Matchers.payloadsMatching(
                        org.axonframework.test.matchers.Matchers.exactSequenceOf(
                                Matchers.equalTo(new SupplementRequested(CASE, day("2021-10-18"), day("2021-11-01"),
                                        new DueDate(day("2021-10-15"), false, 1), true)),
                                Matchers.instanceOf(ReplyDeadlineSet.class),
                                Matchers.instanceOf(DeadlineSet.class),
                                org.axonframework.test.matchers.Matchers.andNoMore())));
    }

    @Test
    void aSupplementIsRequestedOnlyOnce() {
        fixture.given(received(), supplementRequested("2021-10-08"), new SupplementReceived(CASE, day("2021-10-12")))
                .when(new RequestSupplement(CASE, day("2021-10-13"), null), byClerk())
                .expectException(Refusal.class)
                .expectExceptionMessage(Matchers.containsString("Art. 30 allows one request"))
                .expectNoEvents();
    }

    @Test
    void aReceivedSupplementStartsANewReplyPeriod() {
        // Supplement in on Tue 12 Oct 2021: 20 working days later is Tue 9 Nov.
        fixture.given(received(), supplementRequested("2021-10-08"))
                .when(new ReceiveSupplement(CASE, day("2021-10-12")), byClerk())
                .expectEvents(new SupplementReceived(CASE, day("2021-10-12")),
                        replyDue(day("2021-10-12"), new DueDate(day("2021-11-09"), false, 1),
                                "2021-10-12 supplement received: day 0 of 20 working days, reply (Art. 33)",
                                "day 20 of 20: 2021-11-09 (Tue)",
                                "due 2021-11-09 (calendar version 1)"));
    }

    @Test
    void noSupplementInTimeConcludesTheCaseAsNotSupplemented() {
        fixture.given(received(), supplementRequested("2021-10-08"))
                .when(new LapseSupplement(CASE, day("2021-10-29")), byClerk())
                .expectEvents(new SupplementLapsed(CASE, day("2021-10-29")),
                        new ApplicationConcluded(CASE, day("2021-10-29"), ApplicationResult.OTHER_NO_SUPPLEMENT, null, false));
    }

    @Test
    void aSupplementCannotLapseWhenNoneWasRequested() {
        fixture.given(received())
                .when(new LapseSupplement(CASE, day("2021-10-29")), byClerk())
                .expectException(Refusal.class)
                .expectExceptionMessage(Matchers.containsString("no supplement is pending"))
                .expectNoEvents();
    }

    @Test
    void aConsultationPausesTheReplyClockUntilItEnds() {
        // Consulted Fri 8 Oct to Fri 15 Oct 2021: 9, 11-15 Oct (6 working days) are not counted; due moves from 3 to 11 Nov.
        fixture.given(received(), new ConsultationStarted(CASE, day("2021-10-08"), ConsultedParty.THIRD_PARTY,
                        new DueDate(day("2021-10-29"), false, 1)))
                .when(new EndConsultation(CASE, day("2021-10-15")), byClerk())
                .expectEvents(new ConsultationEnded(CASE, day("2021-10-15")),
                        replyDue(day("2021-10-15"), new DueDate(day("2021-11-11"), false, 1),
                                "2021-09-30 received: day 0 of 20 working days, reply (Art. 33)",
                                "2021-10-08 to 2021-10-15 consultation: 6 working day(s) not counted",
                                "2021-10-01 to 2021-10-07: official holidays, not counted",
                                "day 20 of 20: 2021-11-11 (Thu)",
                                "due 2021-11-11 (calendar version 1)"));
    }

    @Test
    void consultedPartyHasFifteenWorkingDays() {
        // From Fri 8 Oct 2021: make-up Sat 9, 11-15, 18-22, 25-28 Oct.
        fixture.given(received())
                .when(new StartConsultation(CASE, day("2021-10-08"), ConsultedParty.OTHER_AGENCY), byClerk())
                .expectEvents(new ConsultationStarted(CASE, day("2021-10-08"), ConsultedParty.OTHER_AGENCY,
                                new DueDate(day("2021-10-28"), false, 1)),
                        // The reply clock pauses to the end of the party's period at the latest (28 Oct): 8 Oct =1; 29 Oct =2;
                        // 1-5 Nov =3-7; 8-12 =8-12; 15-19 =13-17; 22-24 =18-20 -> Wed 24 Nov 2021 if no opinion comes earlier.
                        replyDue(day("2021-10-08"), new DueDate(day("2021-11-24"), false, 1),
                                "2021-09-30 received: day 0 of 20 working days, reply (Art. 33)",
                                "2021-10-08 to 2021-10-28 consultation: 15 working day(s) not counted, to the end of the consulted party's "
                                        + "15 working days (Art. 32, 34)",
                                "2021-10-01 to 2021-10-07: official holidays, not counted",
                                "day 20 of 20: 2021-11-24 (Wed)",
                                "due 2021-11-24 (calendar version 1)"),
                        deadline(day("2021-10-08"), StatutoryClock.CONSULTATION_OPINION, new DueDate(day("2021-10-28"), false, 1),
                                "2021-10-08 request for opinion sent: day 0 of 15 working days, consultation opinion (Art. 32)",
                                "2021-10-09 (Sat): make-up working day (调休上班), counted as day 1",
                                "day 15 of 15: 2021-10-28 (Thu)",
                                "due 2021-10-28 (calendar version 1)"));
    }

    @Test
    void aConsultationCannotEndBeforeItStarted() {
        fixture.given(received())
                .when(new EndConsultation(CASE, day("2021-10-15")), byClerk())
                .expectException(Refusal.class)
                .expectNoEvents();
    }

    @Test
    void unpaidFeeConcludesTheCaseAsFeeUnpaid() {
        fixture.given(received(), new FeeNoticeIssued(CASE, day("2021-10-08"), Yuan.parse("3000")))
                .when(new LapseFee(CASE, day("2021-11-08")), byClerk())
                .expectEvents(new FeeLapsed(CASE, day("2021-11-08")),
                        new ApplicationConcluded(CASE, day("2021-11-08"), ApplicationResult.OTHER_FEE_UNPAID, null, false));
    }

    @Test
    void aFeeCannotBePaidWithoutANotice() {
        fixture.given(received())
                .when(new PayFee(CASE, day("2021-10-15")), byClerk())
                .expectException(Refusal.class)
                .expectExceptionMessage(Matchers.containsString("no unpaid fee notice"))
                .expectNoEvents();
    }

    @Test
    void aFeeCannotLapseWithoutANotice() {
        fixture.given(received())
                .when(new LapseFee(CASE, day("2021-10-15")), byClerk())
                .expectException(Refusal.class)
                .expectNoEvents();
    }

    @Test
    void paymentRecordsTheNotifiedAmount() {
        fixture.given(received(), new FeeNoticeIssued(CASE, day("2021-10-08"), Yuan.parse("12.50")))
                .when(new PayFee(CASE, day("2021-10-15")), byClerk())
                .expectEventsMatching(org.axonframework.test.matchers.Matchers.payloadsMatching(
                        org.axonframework.test.matchers.Matchers.exactSequenceOf(
                                Matchers.equalTo(new FeePaid(CASE, day("2021-10-15"), Yuan.parse("12.50"))),
                                Matchers.instanceOf(ReplyDeadlineSet.class),
                                org.axonframework.test.matchers.Matchers.andNoMore())));
    }

    @Test
    void aFeeNoticeNeedsAnAmount() {
        fixture.given(received())
                .when(new IssueFeeNotice(CASE, day("2021-10-08"), Yuan.ZERO), byClerk())
                .expectException(Refusal.class)
                .expectNoEvents();
    }

    @Test
    void withdrawalConcludesTheCaseAsOther() {
        fixture.given(received())
                .when(new WithdrawApplication(CASE, day("2021-10-11")), byClerk())
                .expectEvents(new ApplicationWithdrawn(CASE, day("2021-10-11")),
                        new ApplicationConcluded(CASE, day("2021-10-11"), ApplicationResult.OTHER, null, false));
    }

    @Test
    void aLapseOnlyResultCannotBeGivenAsAnAnswer() {
        fixture.given(received())
                .when(new AnswerApplication(CASE, day("2021-10-11"), ApplicationResult.OTHER_FEE_UNPAID), byClerk())
                .expectException(Refusal.class)
                .expectNoEvents();
    }

    @Test
    void aStepOfAnUnknownCaseIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new AnswerApplication(CASE, day("2021-10-11"), ApplicationResult.DISCLOSED), byClerk())
                .expectException(org.axonframework.modelling.command.AggregateNotFoundException.class)
                .expectNoEvents();
    }

    /** The reply's due date recorded on {@code on}, its count written as the case explains it. */
    private static ReplyDeadlineSet replyDue(LocalDate on, DueDate due, String... explanation) {
        return new ReplyDeadlineSet(CASE, on, due, Counts.steps(due, StatutoryClock.REPLY, explanation));
    }

    private static DeadlineSet deadline(LocalDate on, StatutoryClock clock, DueDate due, String... explanation) {
        return new DeadlineSet(CASE, on, clock, due, Counts.steps(due, clock, explanation));
    }

    private static SupplementRequested supplementRequested(String on) {
        return new SupplementRequested(CASE, day(on), null, new DueDate(day("2021-10-15"), false, 1), false);
    }
}
