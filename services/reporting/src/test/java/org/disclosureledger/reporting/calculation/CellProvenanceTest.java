package org.disclosureledger.reporting.calculation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.disclosureledger.kernel.application.ApplicantCategory.COMMERCIAL_ENTERPRISE;
import static org.disclosureledger.kernel.application.ApplicantCategory.NATURAL_PERSON;
import static org.disclosureledger.kernel.application.ApplicationResult.DISCLOSED;

import org.disclosureledger.kernel.litigation.Outcome;
import org.disclosureledger.kernel.proactive.DecisionKind;
import org.disclosureledger.kernel.proactive.DocumentKind;
import org.disclosureledger.kernel.proactive.PublicationChannel;
import org.disclosureledger.kernel.report.AnnualReport;
import org.disclosureledger.kernel.report.ReviewCountingPolicy;
import org.junit.jupiter.api.Test;

class CellProvenanceTest {
    private static final ReportYear Y2021 = ReportYear.of(2021);
    private static final ReviewCountingPolicy POLICY = ReviewCountingPolicy.FILED_IN_YEAR;

    private final RecordedFacts facts = new Facts()
            .application("2021-2", NATURAL_PERSON, "2021-05-01", "2021-05-20", DISCLOSED)
            .application("2021-1", NATURAL_PERSON, "2021-02-01", "2021-03-01", DISCLOSED)
            .application("2021-3", COMMERCIAL_ENTERPRISE, "2021-02-01", "2021-03-01", DISCLOSED)
            .application("2020-9", NATURAL_PERSON, "2020-12-31", "2021-01-04", DISCLOSED)
            .decisions(DecisionKind.PENALTY, "2021-03-03", 4)
            .decisions(DecisionKind.PENALTY, "2021-04-04", 5)
            .administrativeFee("2021-01-01", "0.05")
            .administrativeFee("2021-01-02", "10.00")
            .document("doc", DocumentKind.RULE, "2021-01-01", null)
            .published("i1", "2021-01-01", PublicationChannel.WECHAT)
            .published("i2", "2021-01-02", PublicationChannel.WEBSITE)
            .litigation("review-1", LitigationKind.REVIEW, "2021-06-01", null, null)
            .recorded();

    @Test
    void listsTheApplicationsCountedInACellInOrderOfReceipt() {
        CellProvenance.Cell cell = CellProvenance.of(facts, Y2021, POLICY, "3", "DISCLOSED", "NATURAL_PERSON");

        assertThat(cell.count()).isEqualTo(3);
        assertThat(cell.facts()).extracting(fact -> ((ApplicationFact) fact).id().number()).containsExactly("2020-9", "2021-1", "2021-2");
        assertThat(CellProvenance.of(facts, Y2021, POLICY, "3", "NEW_THIS_YEAR", null).count()).isEqualTo(3);
        assertThat(CellProvenance.of(facts, Y2021, POLICY, "3", "CARRIED_OVER_FROM_LAST_YEAR", "TOTAL").facts())
                .extracting(fact -> ((ApplicationFact) fact).id().number()).containsExactly("2020-9");
    }

    @Test
    void everyCountOfTheReportEqualsItsProvenance() {
        AnnualReport report = new AnnualReportCalculator(POLICY).calculate(new ReportSubject(Facts.AGENCY, "x", false), Y2021, facts);

        report.applications().rows().forEach((code, counts) -> assertThat(
                CellProvenance.of(facts, Y2021, POLICY, "3", code, "TOTAL").count()).as(code).isEqualTo(counts.total()));
        assertThat(CellProvenance.of(facts, Y2021, POLICY, "2", "PENALTY", null).count()).isEqualTo(report.proactive().penalty()).isEqualTo(9);
        assertThat(CellProvenance.of(facts, Y2021, POLICY, "2", "ADMINISTRATIVE_FEES", null).amount())
                .isEqualTo(report.proactive().administrativeFees());
        assertThat(CellProvenance.of(facts, Y2021, POLICY, "2", "RULES", "inForce").count()).isEqualTo(report.proactive().rules().inForce());
        assertThat(CellProvenance.of(facts, Y2021, POLICY, "2", "PUBLICATIONS", "WECHAT").count()).isEqualTo(1);
        assertThat(CellProvenance.of(facts, Y2021, POLICY, "2", "PUBLICATIONS", null).count())
                .isEqualTo(report.proactive().publications().total());
        assertThat(CellProvenance.of(facts, Y2021, POLICY, "4", "review", "PENDING").count()).isEqualTo(report.reviewsAndLawsuits().review().pending());
        assertThat(CellProvenance.of(facts, Y2021, POLICY, "4", "review", "UPHELD").count()).isZero();
        assertThat(CellProvenance.of(facts, Y2021, POLICY, "6", "PROCESSING_FEES", null).count()).isEqualTo(report.processingFees().applications());
    }

    @Test
    void anUnknownCellIsRefusedNamingWhatExists() {
        assertThatThrownBy(() -> CellProvenance.of(facts, Y2021, POLICY, "5", "X", null)).hasMessageContaining("table must be 2, 3, 4 or 6");
        assertThatThrownBy(() -> CellProvenance.of(facts, Y2021, POLICY, "3", "DISCLOSED", "ROBOT"))
                .hasMessageContaining("unknown code 'ROBOT'");
        assertThatThrownBy(() -> CellProvenance.of(facts, Y2021, POLICY, "4", "appeal", null)).hasMessageContaining("review, lawsuitDirect");
        assertThatThrownBy(() -> CellProvenance.of(facts, Y2021, POLICY, "2", "RULES", null)).hasMessageContaining("issued, repealed, inForce");
        assertThatThrownBy(() -> CellProvenance.of(facts, Y2021, POLICY, "4", "review", Outcome.UPHELD.name().toLowerCase()))
                .hasMessageContaining("table 4 has the columns");
    }
}
