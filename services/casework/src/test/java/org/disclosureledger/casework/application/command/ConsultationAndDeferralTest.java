package org.disclosureledger.casework.application.command;

import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;
import static org.axonframework.test.matchers.Matchers.predicate;
import static org.disclosureledger.casework.support.Recordings.byClerk;

import java.time.LocalDate;
import java.util.function.Predicate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.disclosureledger.casework.application.command.ApplicationCommand.AnswerApplication;
import org.disclosureledger.casework.application.command.ApplicationCommand.DeferReply;
import org.disclosureledger.casework.application.command.ApplicationCommand.EndConsultation;
import org.disclosureledger.casework.application.command.ApplicationCommand.StartConsultation;
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
import org.disclosureledger.kernel.application.ConsultationEnded;
import org.disclosureledger.kernel.application.ConsultationStarted;
import org.disclosureledger.kernel.application.ConsultedParty;
import org.disclosureledger.kernel.application.DeadlineSet;
import org.disclosureledger.kernel.application.ReceiptChannel;
import org.disclosureledger.kernel.application.ReplyDeadlineSet;
import org.disclosureledger.kernel.application.ReplyDeferred;
import org.disclosureledger.kernel.application.ReplyExtended;
import org.disclosureledger.kernel.calendar.DueDate;
import org.disclosureledger.kernel.calendar.StatutoryClock;
import org.hamcrest.Matcher;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A consultation's end (Art. 32, 34: the party's 15 working days from its receipt of the request; when they pass with
 * no opinion the pause ends there by itself) and a deferred reply (延迟答复, Art. 35).
 */
class ConsultationAndDeferralTest {
    private static final ApplicationId CASE = ApplicationId.of(AgencyCode.of("hancong"), "2021-35");

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

    private static DueDate due(String iso) {
        return new DueDate(day(iso), false, 1);
    }

    private static Matcher<Object> that(Predicate<Object> holds) {
        return predicate(holds);
    }

    private static ApplicationReceived received(String on) {
        return new ApplicationReceived(CASE, day(on), ApplicantCategory.NATURAL_PERSON, ReceiptChannel.ONLINE);
    }

    /** Received Thu 30 Sep 2021, consulted Fri 8 Oct (opinion due Thu 28 Oct). */
    private static Object[] consultedOnOctober8() {
        return new Object[] {received("2021-09-30"),
                new ConsultationStarted(CASE, day("2021-10-08"), ConsultedParty.THIRD_PARTY, null, due("2021-10-28"))};
    }

    @Test
    void theConsultedPartysFifteenWorkingDaysCountFromItsReceiptOfTheRequest() {
        // Received Wed 22 Sep 2021; sent Fri 24 Sep, received by the other agency Sun 26 Sep (a working Sunday).
        // 27-30 Sep =1-4; 1-7 Oct off; 8 Oct =5; Sat 9 Oct worked =6; 11-15 =7-11; 18-21 =12-15 -> Thu 21 Oct.
        // The reply clock pauses after Fri 24 Sep (day 2) to the end of that period at the latest: 22 Oct =3; 25-29 =4-8;
        // 1-5 Nov =9-13; 8-12 =14-18; 15-16 =19-20 -> Tue 16 Nov 2021.
        fixture.given(received("2021-09-22"))
                .when(new StartConsultation(CASE, day("2021-09-24"), ConsultedParty.OTHER_AGENCY, day("2021-09-26")), byClerk())
                .expectEvents(new ConsultationStarted(CASE, day("2021-09-24"), ConsultedParty.OTHER_AGENCY, day("2021-09-26"), due("2021-10-21")),
                        new ReplyDeadlineSet(CASE, day("2021-09-24"), due("2021-11-16"), Counts.steps(due("2021-11-16"), StatutoryClock.REPLY,
                                "2021-09-22 received: day 0 of 20 working days, reply (Art. 33)",
                                "2021-09-24 to 2021-10-21 consultation: 16 working day(s) not counted, to the end of the consulted party's "
                                        + "15 working days (Art. 32, 34)",
                                "2021-10-01 to 2021-10-07: official holidays, not counted",
                                "day 20 of 20: 2021-11-16 (Tue)",
                                "due 2021-11-16 (calendar version 1)")),
                        new DeadlineSet(CASE, day("2021-09-24"), StatutoryClock.CONSULTATION_OPINION, due("2021-10-21"),
                                Counts.steps(due("2021-10-21"), StatutoryClock.CONSULTATION_OPINION,
                                        "2021-09-26 request for opinion received by the party: day 0 of 15 working days, consultation opinion (Art. 32)",
                                        "2021-10-01 to 2021-10-07: official holidays, not counted",
                                        "2021-10-09 (Sat): make-up working day (调休上班), counted as day 6",
                                        "day 15 of 15: 2021-10-21 (Thu)",
                                        "due 2021-10-21 (calendar version 1)")));
    }

    @Test
    void aPartysReceiptBeforeTheRequestWasSentIsRefused() {
        fixture.given(received("2021-09-22"))
                .when(new StartConsultation(CASE, day("2021-09-24"), ConsultedParty.OTHER_AGENCY, day("2021-09-23")), byClerk())
                .expectException(Refusal.class)
                .expectExceptionMessage(Matchers.containsString("partyReceivedOn 2021-09-23 is before the request for opinion sent on 2021-09-24"))
                .expectNoEvents();
    }

    @Test
    void aPartysReceiptInTheFutureIsRefused() {
        fixture.given(received("2022-05-30"))
                .when(new StartConsultation(CASE, day("2022-05-31"), ConsultedParty.THIRD_PARTY, day("2022-06-02")), byClerk())
                .expectException(Refusal.class)
                .expectExceptionMessage(Matchers.containsString("partyReceivedOn 2022-06-02 is in the future"))
                .expectNoEvents();
    }

    @Test
    void anOpinionAfterThePartysPeriodDoesNotLengthenThePause() {
        // Opinion due Thu 28 Oct, recorded Fri 5 Nov: the pause ended on 28 Oct by itself. 8 Oct =1; 29 Oct =2; 1-5 Nov =3-7;
        // 8-12 =8-12; 15-19 =13-17; 22-24 =18-20 -> Wed 24 Nov 2021.
        fixture.given(consultedOnOctober8())
                .when(new EndConsultation(CASE, day("2021-11-05")), byClerk())
                .expectEvents(new ConsultationEnded(CASE, day("2021-11-05")),
                        new ReplyDeadlineSet(CASE, day("2021-11-05"), due("2021-11-24"), Counts.steps(due("2021-11-24"), StatutoryClock.REPLY,
                                "2021-09-30 received: day 0 of 20 working days, reply (Art. 33)",
                                "2021-10-08 to 2021-10-28 consultation: 15 working day(s) not counted, to the end of the consulted party's "
                                        + "15 working days (Art. 32, 34)",
                                "2021-10-01 to 2021-10-07: official holidays, not counted",
                                "day 20 of 20: 2021-11-24 (Wed)",
                                "due 2021-11-24 (calendar version 1)")));
    }

    @Test
    void anAnswerAfterAForgottenConsultationIsFlaggedLate() {
        fixture.given(consultedOnOctober8())
                .when(new AnswerApplication(CASE, day("2021-11-25"), ApplicationResult.DISCLOSED), byClerk())
                .expectEvents(new ApplicationAnswered(CASE, day("2021-11-25"), ApplicationResult.DISCLOSED),
                        new ApplicationConcluded(CASE, day("2021-11-25"), ApplicationResult.DISCLOSED, day("2021-11-24"), true));
    }

    @Test
    void anAnswerDuringTheConsultationEndsThePauseThatDay() {
        // Answered Fri 15 Oct while consulting: 9, 11-15 Oct not counted; due Thu 11 Nov, in time.
        fixture.given(consultedOnOctober8())
                .when(new AnswerApplication(CASE, day("2021-10-15"), ApplicationResult.WITHHELD_THIRD_PARTY_RIGHTS), byClerk())
                .expectEvents(new ApplicationAnswered(CASE, day("2021-10-15"), ApplicationResult.WITHHELD_THIRD_PARTY_RIGHTS),
                        new ApplicationConcluded(CASE, day("2021-10-15"), ApplicationResult.WITHHELD_THIRD_PARTY_RIGHTS, day("2021-11-11"), false));
    }

    @Test
    void aDeferredReplyIsDueOnTheDayTheAgencySet() {
        fixture.given(received("2021-09-30"))
                .when(new DeferReply(CASE, day("2021-10-20"), day("2021-12-31"), null), byClerk())
                .expectEvents(new ReplyDeferred(CASE, day("2021-10-20"), day("2021-12-31"), null, false),
                        new ReplyDeadlineSet(CASE, day("2021-10-20"), due("2021-12-31"), Counts.steps(due("2021-12-31"), StatutoryClock.REPLY,
                                "2021-09-30 received: day 0 of 20 working days, reply (Art. 33)",
                                "2021-10-01 to 2021-10-07: official holidays, not counted",
                                "2021-10-09 (Sat): make-up working day (调休上班), counted as day 2",
                                "day 20 of 20: 2021-11-03 (Wed)",
                                "2021-10-20 reply deferred (Art. 35) to 2021-12-31, the reasonable period the agency set",
                                "due 2021-12-31 (calendar version 1)")));
    }

    @Test
    void aDeferredReplyInWorkingDaysIsCountedFromTheDeferral() {
        // 30 working days from Wed 20 Oct 2021 -> Wed 1 Dec 2021.
        fixture.given(received("2021-09-30"))
                .when(new DeferReply(CASE, day("2021-10-20"), null, 30), byClerk())
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        Matchers.equalTo(new ReplyDeferred(CASE, day("2021-10-20"), null, 30, false)),
                        that(event -> event instanceof ReplyDeadlineSet set && set.due().equals(due("2021-12-01"))),
                        andNoMore())));
    }

    @Test
    void aDeferralNotLaterThanThePeriodOfArticle33IsRefused() {
        fixture.given(received("2021-09-30"))
                .when(new DeferReply(CASE, day("2021-10-20"), day("2021-11-03"), null), byClerk())
                .expectException(Refusal.class)
                .expectExceptionMessage(Matchers.containsString("Art. 35 defers the reply beyond the period of Art. 33, due 2021-11-03"))
                .expectNoEvents();
    }

    @Test
    void aDeferralNeedsItsPeriod() {
        fixture.given(received("2021-09-30"))
                .when(new DeferReply(CASE, day("2021-10-20"), null, null), byClerk())
                .expectException(Refusal.class)
                .expectExceptionMessage(Matchers.containsString("needs the reasonable period the agency set"))
                .expectNoEvents();
    }

    @Test
    void aReplyIsDeferredOnlyOnce() {
        fixture.given(received("2021-09-30"), new ReplyDeferred(CASE, day("2021-10-20"), day("2021-12-31"), null, false))
                .when(new DeferReply(CASE, day("2021-10-21"), day("2022-01-31"), null), byClerk())
                .expectException(Refusal.class)
                .expectExceptionMessage(Matchers.containsString("already deferred"))
                .expectNoEvents();
    }

    @Test
    void aDeferralAfterTheReplyWasDueIsRecordedAndFlaggedLate() {
        fixture.given(received("2021-09-30"))
                .when(new DeferReply(CASE, day("2021-11-04"), day("2021-12-31"), null), byClerk())
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        Matchers.equalTo(new ReplyDeferred(CASE, day("2021-11-04"), day("2021-12-31"), null, true)),
                        Matchers.instanceOf(ReplyDeadlineSet.class), andNoMore())));
    }

    @Test
    void anAnswerAfterTheDeferredDayIsLateAndOnItInTime() {
        Object[] deferred = {received("2021-09-30"), new ReplyDeferred(CASE, day("2021-10-20"), day("2021-12-31"), null, false)};
        fixture.given(deferred)
                .when(new AnswerApplication(CASE, day("2021-12-31"), ApplicationResult.DISCLOSED), byClerk())
                .expectEvents(new ApplicationAnswered(CASE, day("2021-12-31"), ApplicationResult.DISCLOSED),
                        new ApplicationConcluded(CASE, day("2021-12-31"), ApplicationResult.DISCLOSED, day("2021-12-31"), false));
        setUp();
        fixture.given(deferred)
                .when(new AnswerApplication(CASE, day("2022-01-04"), ApplicationResult.DISCLOSED), byClerk())
                .expectEvents(new ApplicationAnswered(CASE, day("2022-01-04"), ApplicationResult.DISCLOSED),
                        new ApplicationConcluded(CASE, day("2022-01-04"), ApplicationResult.DISCLOSED, day("2021-12-31"), true));
    }

    @Test
    void anExtensionAfterADeferralCountsOnlyWhereItEndsLater() {
        // Extended by 20 after 3 Nov: Wed 1 Dec 2021, before the deferred 31 Dec: still due 31 Dec.
        fixture.given(received("2021-09-30"), new ReplyDeferred(CASE, day("2021-10-20"), day("2021-12-31"), null, false))
                .when(new ApplicationCommand.ExtendReply(CASE, day("2021-10-25"), 20), byClerk())
                .expectEventsMatching(payloadsMatching(exactSequenceOf(Matchers.instanceOf(ReplyExtended.class),
                        that(event -> event instanceof ReplyDeadlineSet set && set.due().equals(due("2021-12-31"))), andNoMore())));
    }
}
