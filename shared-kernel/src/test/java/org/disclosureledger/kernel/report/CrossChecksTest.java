package org.disclosureledger.kernel.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.disclosureledger.kernel.AgencyCode;
import org.disclosureledger.kernel.money.Yuan;
import org.disclosureledger.kernel.proactive.PublicationChannel;
import org.junit.jupiter.api.Test;

class CrossChecksTest {
    private static final long[] NONE = new long[6];

    /** A consistent table 三: 3 new + 1 carried over = 2 disclosed + 1 withdrawn (OTHER) concluded + 1 carried forward. */
    private static Map<String, ApplicantCounts> consistentRows() {
        Map<String, ApplicantCounts> rows = new LinkedHashMap<>();
        for (String code : ApplicationTable.ROW_CODES) {
            rows.put(code, ApplicantCounts.of(NONE));
        }
        rows.put(ApplicationTable.NEW_THIS_YEAR, ApplicantCounts.of(new long[] {2, 1, 0, 0, 0, 0}));
        rows.put(ApplicationTable.CARRIED_OVER_FROM_LAST_YEAR, ApplicantCounts.of(new long[] {1, 0, 0, 0, 0, 0}));
        rows.put("DISCLOSED", ApplicantCounts.of(new long[] {1, 1, 0, 0, 0, 0}));
        rows.put("OTHER", ApplicantCounts.of(new long[] {1, 0, 0, 0, 0, 0}));
        rows.put(ApplicationTable.TOTAL_CONCLUDED, ApplicantCounts.of(new long[] {2, 1, 0, 0, 0, 0}));
        rows.put(ApplicationTable.CARRIED_FORWARD_TO_NEXT_YEAR, ApplicantCounts.of(new long[] {1, 0, 0, 0, 0, 0}));
        return rows;
    }

    private static AnnualReport report(int year, Map<String, ApplicantCounts> rows, ReviewsAndLawsuits table4) {
        ProactiveDisclosure proactive = new ProactiveDisclosure(DocumentCounts.NONE, DocumentCounts.NONE, 0, 0, 0, Yuan.ZERO,
                new Publications(3, Map.of(PublicationChannel.WECHAT, 3L)));
        return new AnnualReport(AgencyCode.of("checks"), "测试镇", year, "2021", false, ReviewCountingPolicy.FILED_IN_YEAR, proactive,
                new ApplicationTable(rows), table4, new ProcessingFees(0, Yuan.ZERO), List.of());
    }

    private static ReviewsAndLawsuits table4(OutcomeCounts review) {
        return new ReviewsAndLawsuits(review, OutcomeCounts.NONE, OutcomeCounts.NONE);
    }

    private static AnnualReport previousYearCarryingForwardOne() {
        Map<String, ApplicantCounts> rows = new LinkedHashMap<>();
        for (String code : ApplicationTable.ROW_CODES) {
            rows.put(code, ApplicantCounts.of(NONE));
        }
        rows.put(ApplicationTable.NEW_THIS_YEAR, ApplicantCounts.of(new long[] {1, 0, 0, 0, 0, 0}));
        rows.put(ApplicationTable.CARRIED_FORWARD_TO_NEXT_YEAR, ApplicantCounts.of(new long[] {1, 0, 0, 0, 0, 0}));
        return report(2020, rows, table4(OutcomeCounts.NONE));
    }

    private static CheckResult check(List<CheckResult> results, String id) {
        return results.stream().filter(result -> result.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aConsistentReportPassesEveryCheckInOrder() {
        List<CheckResult> results = CrossChecks.evaluate(report(2021, consistentRows(), table4(OutcomeCounts.of(1, 0, 0, 1))),
                previousYearCarryingForwardOne());

        assertThat(results).extracting(CheckResult::id).containsExactly("C1", "C2", "C3", "C4", "C5", "C6");
        assertThat(results).allSatisfy(result -> assertThat(result.passed()).as(result.id() + " " + result.detail()).isTrue());
    }

    @Test
    void withoutThePreviousYearC5IsLeftOut() {
        List<CheckResult> results = CrossChecks.evaluate(report(2021, consistentRows(), table4(OutcomeCounts.NONE)), null);

        assertThat(results).extracting(CheckResult::id).containsExactly("C1", "C2", "C3", "C4", "C6");
    }

    @Test
    void c1FailsWhenReceivedAndHandledDisagreeInAColumn() {
        Map<String, ApplicantCounts> rows = consistentRows();
        rows.put(ApplicationTable.CARRIED_FORWARD_TO_NEXT_YEAR, ApplicantCounts.of(new long[] {2, 0, 0, 0, 0, 0}));

        CheckResult c1 = CrossChecks.c1(new ApplicationTable(rows));

        assertThat(c1.passed()).isFalse();
        assertThat(c1.detail()).contains("NATURAL_PERSON: new + carried over = 3 but concluded + carried forward = 4")
                .contains("TOTAL: new + carried over = 4 but concluded + carried forward = 5");
    }

    @Test
    void c2FailsWhenTheResultRowsDoNotAddUpToTheTotalConcluded() {
        Map<String, ApplicantCounts> rows = consistentRows();
        rows.put("PARTIALLY_DISCLOSED", ApplicantCounts.of(new long[] {0, 0, 0, 0, 0, 1}));

        CheckResult c2 = CrossChecks.c2(new ApplicationTable(rows));

        assertThat(c2.passed()).isFalse();
        assertThat(c2.detail()).contains("OTHER_ORGANIZATION: the result rows add up to 1 but TOTAL_CONCLUDED is 0");
    }

    @Test
    void c3FailsWhenARowTotalIsNotTheSumOfItsColumns() {
        Map<String, ApplicantCounts> rows = consistentRows();
        rows.put("DISCLOSED", new ApplicantCounts(List.of(1L, 1L, 0L, 0L, 0L, 0L, 3L)));

        CheckResult c3 = CrossChecks.c3(new ApplicationTable(rows));

        assertThat(c3.passed()).isFalse();
        assertThat(c3.detail()).isEqualTo("DISCLOSED: the applicant columns add up to 2 but TOTAL is 3");
    }

    @Test
    void anImportedTableWithAMissingRowFailsRatherThanThrowing() {
        Map<String, ApplicantCounts> rows = consistentRows();
        rows.remove("WITHHELD_STATE_SECRET");

        assertThat(CrossChecks.c2(new ApplicationTable(rows)).detail()).isEqualTo("row WITHHELD_STATE_SECRET is missing");
        assertThat(CrossChecks.c3(new ApplicationTable(rows)).passed()).isFalse();
        assertThat(CrossChecks.c1(new ApplicationTable(rows)).passed()).isTrue();
    }

    @Test
    void c4FailsWhenABlockTotalIsNotTheSumOfItsOutcomes() {
        ReviewsAndLawsuits table4 = new ReviewsAndLawsuits(OutcomeCounts.NONE, new OutcomeCounts(1, 1, 0, 0, 3), OutcomeCounts.NONE);

        CheckResult c4 = CrossChecks.c4(table4);

        assertThat(c4.passed()).isFalse();
        assertThat(c4.detail()).isEqualTo("lawsuitDirect: upheld + corrected + other + pending = 2 but TOTAL is 3");
    }

    @Test
    void c5FailsWhenCarriedOverDiffersFromLastYearsCarriedForward() {
        Map<String, ApplicantCounts> rows = consistentRows();
        AnnualReport previous = report(2020, consistentRows(), table4(OutcomeCounts.NONE));

        CheckResult c5 = CrossChecks.c5(new ApplicationTable(rows), previous.applications());
        assertThat(c5.passed()).isTrue();

        rows.put(ApplicationTable.CARRIED_OVER_FROM_LAST_YEAR, ApplicantCounts.of(new long[] {0, 1, 0, 0, 0, 0}));
        CheckResult broken = CrossChecks.c5(new ApplicationTable(rows), previous.applications());
        assertThat(broken.passed()).isFalse();
        assertThat(broken.detail()).contains("NATURAL_PERSON: carried over 0 but the previous year carried forward 1")
                .contains("COMMERCIAL_ENTERPRISE: carried over 1 but the previous year carried forward 0");
    }

    @Test
    void c6FailsOnANegativeCount() {
        Map<String, ApplicantCounts> rows = consistentRows();
        rows.put("NOT_PROCESSED_DUPLICATE", new ApplicantCounts(List.of(-1L, 1L, 0L, 0L, 0L, 0L, 0L)));

        CheckResult c6 = CrossChecks.c6(report(2021, rows, table4(OutcomeCounts.NONE)));

        assertThat(c6.passed()).isFalse();
        assertThat(c6.detail()).isEqualTo("NOT_PROCESSED_DUPLICATE has a negative count -1");
        assertThat(CrossChecks.c6(report(2021, consistentRows(), table4(OutcomeCounts.of(0, 0, 0, 0)))).passed()).isTrue();
    }
}
