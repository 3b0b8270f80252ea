package org.disclosureledger.reporting.calculation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.disclosureledger.kernel.application.ApplicantCategory.COMMERCIAL_ENTERPRISE;
import static org.disclosureledger.kernel.application.ApplicantCategory.LEGAL_SERVICE_ORGANIZATION;
import static org.disclosureledger.kernel.application.ApplicantCategory.NATURAL_PERSON;
import static org.disclosureledger.kernel.application.ApplicationResult.DISCLOSED;
import static org.disclosureledger.kernel.application.ApplicationResult.OTHER_FEE_UNPAID;
import static org.disclosureledger.kernel.application.ApplicationResult.OTHER_NO_SUPPLEMENT;
import static org.disclosureledger.kernel.application.ApplicationResult.PARTIALLY_DISCLOSED;

import java.util.List;
import java.util.Map;
import org.disclosureledger.kernel.litigation.Outcome;
import org.disclosureledger.kernel.money.Yuan;
import org.disclosureledger.kernel.proactive.DecisionKind;
import org.disclosureledger.kernel.proactive.DocumentKind;
import org.disclosureledger.kernel.proactive.PublicationChannel;
import org.disclosureledger.kernel.report.AnnualReport;
import org.disclosureledger.kernel.report.ApplicationTable;
import org.disclosureledger.kernel.report.CheckResult;
import org.disclosureledger.kernel.report.DocumentCounts;
import org.disclosureledger.kernel.report.OutcomeCounts;
import org.disclosureledger.kernel.report.ReviewCountingPolicy;
import org.junit.jupiter.api.Test;

class AnnualReportCalculatorTest {
    private static final ReportSubject SUBJECT = new ReportSubject(Facts.AGENCY, "计算镇人民政府", false);
    private static final AnnualReportCalculator FILED_IN_YEAR = new AnnualReportCalculator(ReviewCountingPolicy.FILED_IN_YEAR);
    private static final AnnualReportCalculator CONCLUDED_OR_PENDING = new AnnualReportCalculator(ReviewCountingPolicy.CONCLUDED_OR_PENDING);

    private static AnnualReport report(Facts facts, int year) {
        return FILED_IN_YEAR.calculate(SUBJECT, ReportYear.of(year), facts.recorded());
    }

    private static List<Long> row(AnnualReport report, String code) {
        return report.applications().row(code).columns();
    }

    private static List<Long> cells(long naturalPerson, long commercial, long legalService) {
        return List.of(naturalPerson, commercial, 0L, 0L, legalService, 0L, naturalPerson + commercial + legalService);
    }

    private static final List<Long> ZERO = cells(0, 0, 0);

    @Test
    void caseReceivedOnTheLastDayOfTheYearIsCarriedForwardThenCarriedOverAndConcludedTheNextYear() {
        Facts facts = new Facts().application("2021-99", NATURAL_PERSON, "2021-12-31", "2022-01-02", DISCLOSED);

        AnnualReport in2021 = report(facts, 2021);
        assertThat(row(in2021, ApplicationTable.NEW_THIS_YEAR)).isEqualTo(cells(1, 0, 0));
        assertThat(row(in2021, ApplicationTable.TOTAL_CONCLUDED)).isEqualTo(ZERO);
        assertThat(row(in2021, ApplicationTable.CARRIED_FORWARD_TO_NEXT_YEAR)).isEqualTo(cells(1, 0, 0));

        AnnualReport in2022 = report(facts, 2022);
        assertThat(row(in2022, ApplicationTable.NEW_THIS_YEAR)).isEqualTo(ZERO);
        assertThat(row(in2022, ApplicationTable.CARRIED_OVER_FROM_LAST_YEAR)).isEqualTo(cells(1, 0, 0));
        assertThat(row(in2022, "DISCLOSED")).isEqualTo(cells(1, 0, 0));
        assertThat(row(in2022, ApplicationTable.TOTAL_CONCLUDED)).isEqualTo(cells(1, 0, 0));
        assertThat(row(in2022, ApplicationTable.CARRIED_FORWARD_TO_NEXT_YEAR)).isEqualTo(ZERO);

        assertThat(report(facts, 2023).applications().rows().values()).allSatisfy(counts -> assertThat(counts.total()).isZero());
    }

    @Test
    void caseConcludedOnTheLastDayOfTheYearIsNotCarriedForward() {
        Facts facts = new Facts().application("2021-1", COMMERCIAL_ENTERPRISE, "2021-03-01", "2021-12-31", PARTIALLY_DISCLOSED);

        AnnualReport in2021 = report(facts, 2021);

        assertThat(row(in2021, "PARTIALLY_DISCLOSED")).isEqualTo(cells(0, 1, 0));
        assertThat(row(in2021, "DISCLOSED")).isEqualTo(ZERO);
        assertThat(row(in2021, ApplicationTable.CARRIED_FORWARD_TO_NEXT_YEAR)).isEqualTo(ZERO);
        assertThat(row(report(facts, 2022), ApplicationTable.CARRIED_OVER_FROM_LAST_YEAR)).isEqualTo(ZERO);
    }

    @Test
    void resultRowsFollowTheConclusionDateNotTheDateOfReceipt() {
        Facts facts = new Facts()
                .application("a", LEGAL_SERVICE_ORGANIZATION, "2020-12-20", "2021-01-15", OTHER_NO_SUPPLEMENT)
                .application("b", NATURAL_PERSON, "2020-11-02", "2021-02-10", OTHER_FEE_UNPAID)
                .application("c", NATURAL_PERSON, "2020-06-01", "2020-12-30", DISCLOSED)
                .application("d", NATURAL_PERSON, "2019-05-01", null, null);

        AnnualReport in2021 = report(facts, 2021);

        assertThat(row(in2021, "OTHER_NO_SUPPLEMENT")).isEqualTo(cells(0, 0, 1));
        assertThat(row(in2021, "OTHER_FEE_UNPAID")).isEqualTo(cells(1, 0, 0));
        assertThat(row(in2021, "DISCLOSED")).isEqualTo(ZERO);
        assertThat(row(in2021, ApplicationTable.CARRIED_OVER_FROM_LAST_YEAR)).isEqualTo(cells(2, 0, 1));
        assertThat(row(in2021, ApplicationTable.CARRIED_FORWARD_TO_NEXT_YEAR)).isEqualTo(cells(1, 0, 0));
        assertThat(row(report(facts, 2020), ApplicationTable.CARRIED_FORWARD_TO_NEXT_YEAR)).isEqualTo(cells(2, 0, 1));
    }

    @Test
    void everyRowOfTableThreeIsThereInPrintedOrder() {
        AnnualReport empty = report(new Facts(), 2021);

        assertThat(empty.applications().rows().keySet()).containsExactlyElementsOf(ApplicationTable.ROW_CODES);
        assertThat(ApplicationTable.ROW_CODES).hasSize(25).startsWith("NEW_THIS_YEAR", "CARRIED_OVER_FROM_LAST_YEAR", "DISCLOSED")
                .endsWith("OTHER", "TOTAL_CONCLUDED", "CARRIED_FORWARD_TO_NEXT_YEAR");
        assertThat(empty.format()).isEqualTo("2021");
        assertThat(empty.reviewCountingPolicy()).isEqualTo(ReviewCountingPolicy.FILED_IN_YEAR);
    }

    @Test
    void reviewFiledInOneYearAndDecidedTheNextUnderFiledInYear() {
        Facts facts = new Facts()
                .litigation("r1", LitigationKind.REVIEW, "2021-11-20", "2022-02-14", Outcome.CORRECTED)
                .litigation("l1", LitigationKind.LAWSUIT_AFTER_REVIEW, "2021-03-01", "2021-09-01", Outcome.UPHELD);

        AnnualReport in2021 = report(facts, 2021);
        assertThat(in2021.reviewsAndLawsuits().review()).isEqualTo(OutcomeCounts.of(0, 0, 0, 1));
        assertThat(in2021.reviewsAndLawsuits().lawsuitAfterReview()).isEqualTo(OutcomeCounts.of(1, 0, 0, 0));
        assertThat(in2021.reviewsAndLawsuits().lawsuitDirect()).isEqualTo(OutcomeCounts.NONE);

        AnnualReport in2022 = report(facts, 2022);
        assertThat(in2022.reviewsAndLawsuits().review()).isEqualTo(OutcomeCounts.NONE);
        assertThat(in2022.reviewsAndLawsuits().lawsuitAfterReview()).isEqualTo(OutcomeCounts.NONE);
    }

    @Test
    void reviewFiledInOneYearAndDecidedTheNextUnderConcludedOrPending() {
        Facts facts = new Facts()
                .litigation("r1", LitigationKind.REVIEW, "2021-11-20", "2022-02-14", Outcome.CORRECTED)
                .litigation("r0", LitigationKind.REVIEW, "2019-06-01", null, null)
                .litigation("l1", LitigationKind.LAWSUIT_DIRECT, "2020-03-01", "2021-01-05", Outcome.OTHER);

        AnnualReport in2021 = CONCLUDED_OR_PENDING.calculate(SUBJECT, ReportYear.of(2021), facts.recorded());
        assertThat(in2021.reviewsAndLawsuits().review()).isEqualTo(OutcomeCounts.of(0, 0, 0, 2));
        assertThat(in2021.reviewsAndLawsuits().lawsuitDirect()).isEqualTo(OutcomeCounts.of(0, 0, 1, 0));
        assertThat(in2021.reviewCountingPolicy()).isEqualTo(ReviewCountingPolicy.CONCLUDED_OR_PENDING);

        AnnualReport in2022 = CONCLUDED_OR_PENDING.calculate(SUBJECT, ReportYear.of(2022), facts.recorded());
        assertThat(in2022.reviewsAndLawsuits().review()).isEqualTo(OutcomeCounts.of(0, 1, 0, 1));
        assertThat(in2022.reviewsAndLawsuits().lawsuitDirect()).isEqualTo(OutcomeCounts.NONE);
    }

    @Test
    void documentRepealedTheYearItWasIssuedIsIssuedAndRepealedButNotInForce() {
        Facts facts = new Facts()
                .document("d1", DocumentKind.NORMATIVE_DOCUMENT, "2021-02-01", "2021-11-30")
                .document("d2", DocumentKind.NORMATIVE_DOCUMENT, "2019-02-01", null)
                .document("d3", DocumentKind.NORMATIVE_DOCUMENT, "2020-02-01", "2021-12-31")
                .document("d4", DocumentKind.NORMATIVE_DOCUMENT, "2022-01-01", null)
                .document("r1", DocumentKind.RULE, "2018-05-01", "2022-03-01");

        AnnualReport in2021 = report(facts, 2021);

        assertThat(in2021.proactive().normativeDocuments()).isEqualTo(new DocumentCounts(1, 2, 1));
        assertThat(in2021.proactive().rules()).isEqualTo(new DocumentCounts(0, 0, 1));
        assertThat(report(facts, 2022).proactive().rules()).isEqualTo(new DocumentCounts(0, 1, 0));
    }

    @Test
    void decisionsCountWhenDatedInTheYear() {
        Facts facts = new Facts()
                .decisions(DecisionKind.LICENSING, "2021-01-01", 12)
                .decisions(DecisionKind.LICENSING, "2021-12-31", 3)
                .decisions(DecisionKind.LICENSING, "2022-01-01", 100)
                .decisions(DecisionKind.PENALTY, "2021-06-01", 2);

        AnnualReport in2021 = report(facts, 2021);

        assertThat(in2021.proactive().licensing()).isEqualTo(15);
        assertThat(in2021.proactive().penalty()).isEqualTo(2);
        assertThat(in2021.proactive().compulsion()).isZero();
    }

    @Test
    void feesAreAddedExactlyToTheFen() {
        Facts facts = new Facts()
                .administrativeFee("2021-01-01", "0.10")
                .administrativeFee("2021-05-05", "0.20")
                .administrativeFee("2021-12-31", "1234.56")
                .administrativeFee("2020-12-31", "99.99")
                .feeApplication("f1", "2021-03-01", "2021-03-05", "0.01", "2021-03-08", "2021-03-20", DISCLOSED)
                .feeApplication("f2", "2021-12-01", "2021-12-10", "100.10", "2022-01-04", null, null)
                .feeApplication("f3", "2021-10-01", "2021-10-10", "300.00", null, "2021-11-10", OTHER_FEE_UNPAID);

        AnnualReport in2021 = report(facts, 2021);
        assertThat(in2021.proactive().administrativeFees()).isEqualTo(Yuan.parse("1234.86"));
        assertThat(in2021.proactive().administrativeFees().toString()).isEqualTo("1234.86");
        assertThat(in2021.processingFees().applications()).isEqualTo(1);
        assertThat(in2021.processingFees().amount().toString()).isEqualTo("0.01");

        AnnualReport in2022 = report(facts, 2022);
        assertThat(in2022.processingFees().applications()).isEqualTo(1);
        assertThat(in2022.processingFees().amount().toString()).isEqualTo("100.10");
        assertThat(in2022.proactive().administrativeFees().toString()).isEqualTo("0.00");
    }

    @Test
    void publicationsAreCountedByChannelListingOnlyChannelsWithItems() {
        Facts facts = new Facts();
        for (int i = 0; i < 69; i++) {
            facts.published("w" + i, "2021-03-01", PublicationChannel.WECHAT);
        }
        for (int i = 0; i < 16; i++) {
            facts.published("o" + i, "2021-07-01", PublicationChannel.OTHER);
        }
        facts.published("old", "2020-12-31", PublicationChannel.WEBSITE);

        AnnualReport in2021 = report(facts, 2021);

        assertThat(in2021.proactive().publications().total()).isEqualTo(85);
        assertThat(in2021.proactive().publications().byChannel())
                .isEqualTo(Map.of(PublicationChannel.WECHAT, 69L, PublicationChannel.OTHER, 16L));
    }

    @Test
    void generatedReportsPassEveryCheckIncludingC8() {
        Facts facts = new Facts()
                .application("a", NATURAL_PERSON, "2020-12-31", "2021-01-04", DISCLOSED)
                .application("b", COMMERCIAL_ENTERPRISE, "2021-04-01", null, null)
                .feeApplication("c", "2021-05-01", "2021-05-06", "200.00", null, "2021-06-30", OTHER_FEE_UNPAID)
                .litigation("r", LitigationKind.REVIEW, "2021-02-01", null, null);
        RecordedFacts recorded = facts.recorded();
        AnnualReport report = FILED_IN_YEAR.calculate(SUBJECT, ReportYear.of(2021), recorded);
        AnnualReport previous = FILED_IN_YEAR.calculate(SUBJECT, ReportYear.of(2020), recorded);

        List<CheckResult> checks = ReportChecks.evaluate(report, previous, recorded);

        assertThat(checks).extracting(CheckResult::id).containsExactly("C1", "C2", "C3", "C4", "C5", "C6", "C8");
        assertThat(checks).allSatisfy(check -> assertThat(check.passed()).as(check.id() + ": " + check.detail()).isTrue());
    }

    @Test
    void c8FailsForACaseConcludedAsFeeUnpaidWithoutAFeeNotice() {
        Facts facts = new Facts()
                .application("no-notice", NATURAL_PERSON, "2021-05-01", "2021-06-30", OTHER_FEE_UNPAID)
                .feeApplication("noticed", "2021-05-01", "2021-05-06", "200.00", null, "2021-06-30", OTHER_FEE_UNPAID);

        CheckResult c8 = ReportChecks.c8(facts.recorded(), ReportYear.of(2021));

        assertThat(c8.passed()).isFalse();
        assertThat(c8.detail()).isEqualTo("concluded as OTHER_FEE_UNPAID without a fee notice: calc/application/no-notice");
        assertThat(ReportChecks.c8(facts.recorded(), ReportYear.of(2022)).passed()).isTrue();
    }
}
