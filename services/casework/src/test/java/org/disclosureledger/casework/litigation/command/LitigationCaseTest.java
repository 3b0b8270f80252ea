package org.disclosureledger.casework.litigation.command;

import static org.disclosureledger.casework.support.Recordings.byClerk;

import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.disclosureledger.casework.application.command.KnownApplications;
import org.disclosureledger.casework.litigation.command.LitigationCommand.ConcludeLawsuit;
import org.disclosureledger.casework.litigation.command.LitigationCommand.ConcludeReview;
import org.disclosureledger.casework.litigation.command.LitigationCommand.FileLawsuit;
import org.disclosureledger.casework.litigation.command.LitigationCommand.FileReview;
import org.disclosureledger.casework.platform.problems.Refusal;
import org.disclosureledger.casework.support.InMemoryAgencies;
import org.disclosureledger.kernel.AgencyCode;
import org.disclosureledger.kernel.application.ApplicationId;
import org.disclosureledger.kernel.litigation.LawsuitConcluded;
import org.disclosureledger.kernel.litigation.LawsuitFiled;
import org.disclosureledger.kernel.litigation.LawsuitId;
import org.disclosureledger.kernel.litigation.Outcome;
import org.disclosureledger.kernel.litigation.ReviewConcluded;
import org.disclosureledger.kernel.litigation.ReviewFiled;
import org.disclosureledger.kernel.litigation.ReviewId;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The rules a review (行政复议) and a lawsuit (行政诉讼) share: filed once, concluded once, in order, with an outcome. */
class LitigationCaseTest {
    private static final AgencyCode HANCONG = AgencyCode.of("hancong");
    private static final ReviewId REVIEW = ReviewId.of(HANCONG, "R1");
    private static final LawsuitId LAWSUIT = LawsuitId.of(HANCONG, "L1");
    private static final ApplicationId APPLICATION = ApplicationId.of(HANCONG, "A1");
    private static final LocalDate FILED = LocalDate.of(2021, 12, 10);

    private FixtureConfiguration<AdministrativeReview> reviews;
    private FixtureConfiguration<AdministrativeLawsuit> lawsuits;

    @BeforeEach
    void setUp() {
        KnownApplications applications = (application, field) -> {
            if (!application.equals(APPLICATION)) {
                throw new Refusal(Refusal.Reason.UNKNOWN_CASE, field, "no application '" + application.number() + "'");
            }
        };
        reviews = new AggregateTestFixture<>(AdministrativeReview.class);
        reviews.registerInjectableResource(new InMemoryAgencies("hancong"));
        reviews.registerInjectableResource(applications);
        lawsuits = new AggregateTestFixture<>(AdministrativeLawsuit.class);
        lawsuits.registerInjectableResource(new InMemoryAgencies("hancong"));
        lawsuits.registerInjectableResource(applications);
    }

    @Test
    void aReviewAndALawsuitAreFiledAboutAnApplicationAndConcluded() {
        reviews.givenNoPriorActivity()
                .when(new FileReview(REVIEW, FILED, APPLICATION), byClerk())
                .expectEvents(new ReviewFiled(REVIEW, FILED, APPLICATION));
        reviews.given(new ReviewFiled(REVIEW, FILED, APPLICATION))
                .when(new ConcludeReview(REVIEW, LocalDate.of(2022, 1, 20), Outcome.UPHELD), byClerk())
                .expectEvents(new ReviewConcluded(REVIEW, LocalDate.of(2022, 1, 20), Outcome.UPHELD));
        lawsuits.givenNoPriorActivity()
                .when(new FileLawsuit(LAWSUIT, FILED, true, APPLICATION), byClerk())
                .expectEvents(new LawsuitFiled(LAWSUIT, FILED, true, APPLICATION));
        lawsuits.given(new LawsuitFiled(LAWSUIT, FILED, true, APPLICATION))
                .when(new ConcludeLawsuit(LAWSUIT, LocalDate.of(2022, 5, 10), Outcome.CORRECTED), byClerk())
                .expectEvents(new LawsuitConcluded(LAWSUIT, LocalDate.of(2022, 5, 10), Outcome.CORRECTED));
    }

    @Test
    void eachIsFiledOnce() {
        reviews.given(new ReviewFiled(REVIEW, FILED, null))
                .when(new FileReview(REVIEW, FILED, null), byClerk())
                .expectException(Refusal.class)
                .expectExceptionMessage(Matchers.containsString("review hancong/review/R1 was already filed on 2021-12-10"))
                .expectNoEvents();
        lawsuits.given(new LawsuitFiled(LAWSUIT, FILED, false, null))
                .when(new FileLawsuit(LAWSUIT, FILED, false, null), byClerk())
                .expectException(Refusal.class)
                .expectExceptionMessage(Matchers.containsString("lawsuit hancong/lawsuit/L1 was already filed on 2021-12-10"))
                .expectNoEvents();
    }

    @Test
    void eachIsConcludedOnceNotBeforeItsFilingAndWithAnOutcome() {
        reviews.given(new ReviewFiled(REVIEW, FILED, null), new ReviewConcluded(REVIEW, LocalDate.of(2022, 1, 20), Outcome.OTHER))
                .when(new ConcludeReview(REVIEW, LocalDate.of(2022, 2, 1), Outcome.UPHELD), byClerk())
                .expectException(Refusal.class)
                .expectExceptionMessage(Matchers.containsString("was already concluded on 2022-01-20"));
        lawsuits.given(new LawsuitFiled(LAWSUIT, FILED, false, null))
                .when(new ConcludeLawsuit(LAWSUIT, LocalDate.of(2021, 12, 1), Outcome.UPHELD), byClerk())
                .expectException(Refusal.class)
                .expectExceptionMessage(Matchers.containsString("the lawsuit's filing"))
                .expectNoEvents();
        lawsuits.given(new LawsuitFiled(LAWSUIT, FILED, false, null))
                .when(new ConcludeLawsuit(LAWSUIT, LocalDate.of(2022, 1, 3), null), byClerk())
                .expectException(Refusal.class)
                .expectExceptionMessage(Matchers.containsString("outcome is missing"));
    }

    @Test
    void theApplicationMustBeAKnownOneOfTheAgency() {
        reviews.givenNoPriorActivity()
                .when(new FileReview(REVIEW, FILED, ApplicationId.of(AgencyCode.of("elsewhere"), "A1")), byClerk())
                .expectException(Refusal.class)
                .expectExceptionMessage(Matchers.containsString("must be one of agency hancong"));
        lawsuits.givenNoPriorActivity()
                .when(new FileLawsuit(LAWSUIT, FILED, false, ApplicationId.of(HANCONG, "NOPE")), byClerk())
                .expectException(Refusal.class)
                .expectExceptionMessage(Matchers.containsString("no application 'NOPE'"))
                .expectNoEvents();
    }

    @Test
    void aFilingInTheFutureIsRefused() {
        reviews.givenNoPriorActivity()
                .when(new FileReview(REVIEW, LocalDate.of(2999, 1, 4), null), byClerk())
                .expectException(Refusal.class)
                .expectExceptionMessage(Matchers.containsString("in the future"));
    }
}
