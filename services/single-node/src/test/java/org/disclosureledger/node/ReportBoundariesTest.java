package org.disclosureledger.node;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.disclosureledger.kernel.AgencyCode;
import org.disclosureledger.kernel.report.AnnualReport;
import org.disclosureledger.kernel.report.OutcomeCounts;
import org.disclosureledger.kernel.report.ReviewCountingPolicy;
import org.disclosureledger.reporting.ProjectedAnnualReports;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The counting rules at their edges, through the import and report APIs against PostgreSQL: year ends, each way a
 * case concludes, partial disclosure, table 四 under both policies, documents, money to the 分, consolidation.
 */
@SpringBootTest(classes = SingleNodeApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportBoundariesTest {
    private static final String TOWN = "bnd";
    private static final List<Long> NOTHING = List.of(0L, 0L, 0L, 0L, 0L, 0L, 0L);

    @Autowired
    private TestRestTemplate http;

    @Autowired
    private ProjectedAnnualReports reports;

    private LedgerClient api;

    @BeforeAll
    void recordTheLedgers() {
        api = new LedgerClient(http);
        Ledger ledger = new Ledger()
                .agency(TOWN, "边界镇人民政府", "TOWNSHIP", null)
                // received on the last day of 2021, answered on 2 January 2022
                .received(TOWN, "ye-1", "2021-12-31", "NATURAL_PERSON")
                .answered(TOWN, "ye-1", "2022-01-02", "DISCLOSED")
                // concluded by the lapse of the supplement period: in 2022, and in 2021
                .received(TOWN, "sup-1", "2021-11-15", "COMMERCIAL_ENTERPRISE")
                .step("SupplementRequested", TOWN, "sup-1", "2021-11-18", "dueOn", "2021-12-20")
                .step("SupplementLapsed", TOWN, "sup-1", "2022-01-05")
                .received(TOWN, "sup-2", "2021-03-01", "RESEARCH_INSTITUTION")
                .step("SupplementRequested", TOWN, "sup-2", "2021-03-03")
                .step("SupplementLapsed", TOWN, "sup-2", "2021-04-10")
                // concluded by the lapse of the payment period
                .received(TOWN, "fee-1", "2021-05-06", "LEGAL_SERVICE_ORGANIZATION")
                .step("FeeNoticeIssued", TOWN, "fee-1", "2021-05-10", "amountYuan", "120.50")
                .step("FeeLapsed", TOWN, "fee-1", "2021-06-20")
                // withdrawn: OTHER
                .received(TOWN, "wd-1", "2021-07-01", "SOCIAL_WELFARE_ORGANIZATION")
                .step("ApplicationWithdrawn", TOWN, "wd-1", "2021-07-05")
                // partly disclosed: only PARTIALLY_DISCLOSED
                .received(TOWN, "part-1", "2021-08-01", "OTHER_ORGANIZATION")
                .answered(TOWN, "part-1", "2021-08-20", "PARTIALLY_DISCLOSED")
                // processing fees paid to the 分, one in 2021 for a case answered in 2022
                .received(TOWN, "paid-1", "2021-09-01", "NATURAL_PERSON")
                .step("FeeNoticeIssued", TOWN, "paid-1", "2021-09-03", "amountYuan", "33.33")
                .step("FeePaid", TOWN, "paid-1", "2021-09-10")
                .answered(TOWN, "paid-1", "2021-09-20", "DISCLOSED")
                .received(TOWN, "paid-2", "2021-12-01", "NATURAL_PERSON")
                .step("FeeNoticeIssued", TOWN, "paid-2", "2021-12-03", "amountYuan", "66.68")
                .step("FeePaid", TOWN, "paid-2", "2021-12-30")
                .answered(TOWN, "paid-2", "2022-01-10", "DISCLOSED")
                // 行政事业性收费 to the 分
                .line("AdministrativeFeesCollected", TOWN, "on", "2021-03-01", "amountYuan", "0.01")
                .line("AdministrativeFeesCollected", TOWN, "on", "2021-06-30", "amountYuan", "1234.56")
                .line("AdministrativeFeesCollected", TOWN, "on", "2021-12-31", "amountYuan", "0.99")
                .line("AdministrativeFeesCollected", TOWN, "on", "2022-01-01", "amountYuan", "5")
                // a document repealed the year it was issued; a rule in force
                .line("DocumentIssued", TOWN, "document", "doc-1", "kind", "NORMATIVE_DOCUMENT", "on", "2021-02-01")
                .line("DocumentRepealed", TOWN, "document", "doc-1", "on", "2021-10-01")
                .line("DocumentIssued", TOWN, "document", "rule-1", "kind", "RULE", "on", "2020-05-01")
                .line("DecisionsRecorded", TOWN, "kind", "LICENSING", "on", "2021-12-31", "count", 7)
                .line("DecisionsRecorded", TOWN, "kind", "LICENSING", "on", "2022-01-01", "count", 2)
                // a review filed in 2021 and decided in 2022; a lawsuit after review in 2022
                .line("ReviewFiled", TOWN, "review", "rev-1", "on", "2021-11-20", "application", "part-1")
                .line("ReviewConcluded", TOWN, "review", "rev-1", "on", "2022-02-14", "outcome", "CORRECTED")
                .line("LawsuitFiled", TOWN, "lawsuit", "law-1", "on", "2022-03-01", "afterReview", true)
                .line("LawsuitConcluded", TOWN, "lawsuit", "law-1", "on", "2022-06-01", "outcome", "UPHELD")
                // a county over two townships (and a department), beside an agency outside it
                .agency("bnd-county", "边界县人民政府", "COUNTY", null)
                .agency("bnd-town-a", "甲镇人民政府", "TOWNSHIP", "bnd-county")
                .agency("bnd-town-b", "乙镇人民政府", "TOWNSHIP", "bnd-county")
                .agency("bnd-outside", "外县人民政府", "COUNTY", null)
                .received("bnd-county", "c-1", "2021-04-01", "LEGAL_SERVICE_ORGANIZATION")
                .answered("bnd-county", "c-1", "2021-04-15", "DISCLOSED")
                .line("AdministrativeFeesCollected", "bnd-county", "on", "2021-02-02", "amountYuan", "0.75")
                .received("bnd-town-a", "a-1", "2021-05-01", "NATURAL_PERSON")
                .answered("bnd-town-a", "a-1", "2021-05-20", "DISCLOSED")
                .received("bnd-town-a", "a-2", "2021-12-20", "COMMERCIAL_ENTERPRISE")
                .line("InformationPublished", "bnd-town-a", "item", "a-i1", "on", "2021-01-10", "channel", "WECHAT")
                .line("InformationPublished", "bnd-town-a", "item", "a-i2", "on", "2021-02-10", "channel", "WECHAT")
                .line("InformationPublished", "bnd-town-a", "item", "a-i3", "on", "2021-03-10", "channel", "WECHAT")
                .received("bnd-town-b", "b-1", "2021-06-01", "NATURAL_PERSON")
                .answered("bnd-town-b", "b-1", "2021-06-08", "UNAVAILABLE_NOT_HELD")
                .line("InformationPublished", "bnd-town-b", "item", "b-i1", "on", "2021-04-10", "channel", "WEBSITE")
                .line("InformationPublished", "bnd-town-b", "item", "b-i2", "on", "2021-05-10", "channel", "WEBSITE")
                .line("AdministrativeFeesCollected", "bnd-town-b", "on", "2021-02-03", "amountYuan", "0.50")
                .received("bnd-outside", "o-1", "2021-06-01", "NATURAL_PERSON")
                .line("InformationPublished", "bnd-outside", "item", "o-i1", "on", "2021-04-10", "channel", "WEBSITE");
        assertThat(api.record(ledger).path("recorded").asInt()).isEqualTo(ledger.size());
    }

    private static List<Long> row(JsonNode report, String code) {
        List<Long> cells = new ArrayList<>();
        report.path("applications").path("rows").path(code).forEach(cell -> cells.add(cell.asLong()));
        return cells;
    }

    @Test
    void caseReceivedOn31DecemberIsCarriedForwardThenCarriedOverAndAnsweredIn2022() {
        JsonNode in2021 = api.report(TOWN, 2021);
        JsonNode in2022 = api.report(TOWN, 2022);

        assertThat(row(in2021, "NEW_THIS_YEAR")).containsExactly(3L, 1L, 1L, 1L, 1L, 1L, 8L);
        assertThat(row(in2021, "CARRIED_OVER_FROM_LAST_YEAR")).isEqualTo(NOTHING);
        assertThat(row(in2021, "TOTAL_CONCLUDED")).containsExactly(1L, 0L, 1L, 1L, 1L, 1L, 5L);
        assertThat(row(in2021, "CARRIED_FORWARD_TO_NEXT_YEAR")).containsExactly(2L, 1L, 0L, 0L, 0L, 0L, 3L);
        assertThat(row(in2022, "NEW_THIS_YEAR")).isEqualTo(NOTHING);
        assertThat(row(in2022, "CARRIED_OVER_FROM_LAST_YEAR")).containsExactly(2L, 1L, 0L, 0L, 0L, 0L, 3L);
        assertThat(row(in2022, "DISCLOSED")).containsExactly(2L, 0L, 0L, 0L, 0L, 0L, 2L);
        assertThat(row(in2022, "TOTAL_CONCLUDED")).containsExactly(2L, 1L, 0L, 0L, 0L, 0L, 3L);
        assertThat(row(in2022, "CARRIED_FORWARD_TO_NEXT_YEAR")).isEqualTo(NOTHING);
        assertThat(in2021.path("checks")).allSatisfy(check -> assertThat(check.path("passed").asBoolean()).as(check.toString()).isTrue());
        assertThat(in2022.path("checks")).allSatisfy(check -> assertThat(check.path("passed").asBoolean()).as(check.toString()).isTrue());
    }

    @Test
    void lapsesWithdrawalAndPartialDisclosureCountInTheirOwnRowsByConclusionDate() {
        JsonNode in2021 = api.report(TOWN, 2021);
        JsonNode in2022 = api.report(TOWN, 2022);

        assertThat(row(in2021, "OTHER_NO_SUPPLEMENT")).containsExactly(0L, 0L, 1L, 0L, 0L, 0L, 1L);
        assertThat(row(in2022, "OTHER_NO_SUPPLEMENT")).containsExactly(0L, 1L, 0L, 0L, 0L, 0L, 1L);
        assertThat(row(in2021, "OTHER_FEE_UNPAID")).containsExactly(0L, 0L, 0L, 0L, 1L, 0L, 1L);
        assertThat(row(in2021, "OTHER")).containsExactly(0L, 0L, 0L, 1L, 0L, 0L, 1L);
        assertThat(row(in2021, "PARTIALLY_DISCLOSED")).containsExactly(0L, 0L, 0L, 0L, 0L, 1L, 1L);
        assertThat(row(in2021, "DISCLOSED")).containsExactly(1L, 0L, 0L, 0L, 0L, 0L, 1L);
        assertThat(in2021.path("checks").findValuesAsText("id")).containsExactly("C1", "C2", "C3", "C4", "C5", "C6", "C8");
    }

    @Test
    void processingAndAdministrativeFeesAreExactToTheFen() {
        JsonNode in2021 = api.report(TOWN, 2021);
        JsonNode in2022 = api.report(TOWN, 2022);

        assertThat(in2021.path("processingFees").path("applications").asLong()).isEqualTo(2);
        assertThat(in2021.path("processingFees").path("amountYuan").asText()).isEqualTo("100.01");
        assertThat(in2021.path("proactive").path("administrativeFeesYuan").asText()).isEqualTo("1235.56");
        assertThat(in2022.path("processingFees").path("amountYuan").asText()).isEqualTo("0.00");
        assertThat(in2022.path("proactive").path("administrativeFeesYuan").asText()).isEqualTo("5.00");
    }

    @Test
    void documentRepealedTheYearItWasIssuedAndDecisionsDatedInTheYear() {
        JsonNode proactive = api.report(TOWN, 2021).path("proactive");

        assertThat(proactive.path("normativeDocuments").toString()).isEqualTo("{\"issued\":1,\"repealed\":1,\"inForce\":0}");
        assertThat(proactive.path("rules").toString()).isEqualTo("{\"issued\":0,\"repealed\":0,\"inForce\":1}");
        assertThat(proactive.path("licensing").asLong()).isEqualTo(7);
        assertThat(proactive.path("publications").toString()).isEqualTo("{\"total\":0,\"byChannel\":{}}");
    }

    @Test
    void reviewFiledIn2021AndDecidedIn2022UnderBothPolicies() {
        JsonNode in2021 = api.report(TOWN, 2021).path("reviewsAndLawsuits");
        JsonNode in2022 = api.report(TOWN, 2022).path("reviewsAndLawsuits");
        assertThat(api.report(TOWN, 2021).path("reviewCountingPolicy").asText()).isEqualTo("FILED_IN_YEAR");
        assertThat(in2021.path("review").toString()).isEqualTo("{\"UPHELD\":0,\"CORRECTED\":0,\"OTHER\":0,\"PENDING\":1,\"TOTAL\":1}");
        assertThat(in2022.path("review").path("TOTAL").asLong()).isZero();
        assertThat(in2022.path("lawsuitAfterReview").toString()).isEqualTo("{\"UPHELD\":1,\"CORRECTED\":0,\"OTHER\":0,\"PENDING\":0,\"TOTAL\":1}");

        AgencyCode town = AgencyCode.of(TOWN);
        AnnualReport concluded2021 = reports.of(town, 2021, false, ReviewCountingPolicy.CONCLUDED_OR_PENDING).orElseThrow();
        AnnualReport concluded2022 = reports.of(town, 2022, false, ReviewCountingPolicy.CONCLUDED_OR_PENDING).orElseThrow();
        assertThat(concluded2021.reviewsAndLawsuits().review()).isEqualTo(OutcomeCounts.of(0, 0, 0, 1));
        assertThat(concluded2022.reviewsAndLawsuits().review()).isEqualTo(OutcomeCounts.of(0, 1, 0, 0));
        assertThat(concluded2022.reviewsAndLawsuits().lawsuitAfterReview()).isEqualTo(OutcomeCounts.of(1, 0, 0, 0));
        assertThat(concluded2022.reviewCountingPolicy()).isEqualTo(ReviewCountingPolicy.CONCLUDED_OR_PENDING);
    }

    @Test
    void consolidatedCountyReportCoversTheCountyAndItsTownshipsOnly() {
        JsonNode consolidated = api.report("bnd-county", 2021, "?scope=consolidated");
        JsonNode alone = api.report("bnd-county", 2021);

        assertThat(consolidated.path("agencyName").asText()).isEqualTo("边界县人民政府");
        assertThat(consolidated.path("scope").asText()).isEqualTo("consolidated");
        assertThat(row(consolidated, "NEW_THIS_YEAR")).containsExactly(2L, 1L, 0L, 0L, 1L, 0L, 4L);
        assertThat(row(consolidated, "DISCLOSED")).containsExactly(1L, 0L, 0L, 0L, 1L, 0L, 2L);
        assertThat(row(consolidated, "UNAVAILABLE_NOT_HELD")).containsExactly(1L, 0L, 0L, 0L, 0L, 0L, 1L);
        assertThat(row(consolidated, "CARRIED_FORWARD_TO_NEXT_YEAR")).containsExactly(0L, 1L, 0L, 0L, 0L, 0L, 1L);
        assertThat(consolidated.path("proactive").path("publications").toString())
                .isEqualTo("{\"total\":5,\"byChannel\":{\"WEBSITE\":2,\"WECHAT\":3}}");
        assertThat(consolidated.path("proactive").path("administrativeFeesYuan").asText()).isEqualTo("1.25");
        assertThat(consolidated.path("checks")).allSatisfy(check -> assertThat(check.path("passed").asBoolean()).isTrue());

        assertThat(alone.has("scope")).isFalse();
        assertThat(row(alone, "NEW_THIS_YEAR")).containsExactly(0L, 0L, 0L, 0L, 1L, 0L, 1L);
        assertThat(alone.path("proactive").path("administrativeFeesYuan").asText()).isEqualTo("0.75");
        assertThat(row(api.report("bnd-town-a", 2021, "?scope=consolidated"), "NEW_THIS_YEAR")).containsExactly(1L, 1L, 0L, 0L, 0L, 0L, 2L);
    }

    @Test
    void provenanceListsTheCasesCountedInACell() {
        JsonNode disclosed = LedgerClient.json(api.get("/api/v1/agencies/bnd-county/annual-reports/2021/provenance"
                + "?scope=consolidated&table=3&row=DISCLOSED", MediaType.APPLICATION_JSON).getBody());
        assertThat(disclosed.path("count").asInt()).isEqualTo(2);
        assertThat(disclosed.path("cases").findValuesAsText("id")).containsExactly("bnd-county/application/c-1", "bnd-town-a/application/a-1");
        assertThat(disclosed.path("cases").path(0).path("receivedOn").asText()).isEqualTo("2021-04-01");
        assertThat(disclosed.path("cases").path(0).path("concludedOn").asText()).isEqualTo("2021-04-15");

        JsonNode carried = LedgerClient.json(api.get("/api/v1/agencies/bnd/annual-reports/2022/provenance"
                + "?table=3&row=CARRIED_OVER_FROM_LAST_YEAR&column=NATURAL_PERSON", MediaType.APPLICATION_JSON).getBody());
        assertThat(carried.path("cases").findValuesAsText("id")).containsExactly("bnd/application/paid-2", "bnd/application/ye-1");

        JsonNode fees = LedgerClient.json(api.get("/api/v1/agencies/bnd/annual-reports/2021/provenance?table=6&row=PROCESSING_FEES",
                MediaType.APPLICATION_JSON).getBody());
        assertThat(fees.path("amountYuan").asText()).isEqualTo("100.01");
        assertThat(fees.path("cases").findValuesAsText("feePaidOn")).containsExactly("2021-09-10", "2021-12-30");

        JsonNode review = LedgerClient.json(api.get("/api/v1/agencies/bnd/annual-reports/2021/provenance?table=4&row=review&column=PENDING",
                MediaType.APPLICATION_JSON).getBody());
        assertThat(review.path("cases").findValuesAsText("id")).containsExactly("bnd/review/rev-1");
    }

    @Test
    void aReportAskedRightAfterAnImportIncludesIt() {
        api.record(new Ledger().agency("bnd-ryw", "即时镇人民政府", "TOWNSHIP", null));
        for (int item = 1; item <= 5; item++) {
            api.record(new Ledger().line("InformationPublished", "bnd-ryw", "item", "n" + item, "on", "2021-06-0" + item, "channel", "APP"));
            assertThat(api.report("bnd-ryw", 2021).path("proactive").path("publications").path("total").asInt()).isEqualTo(item);
        }
    }

    @Test
    void badRequestsAreAnsweredWithProblems() {
        ResponseEntity<String> unknown = api.get("/api/v1/agencies/bnd-nowhere/annual-reports/2021", MediaType.APPLICATION_JSON);
        assertThat(unknown.getStatusCode().value()).isEqualTo(404);
        assertThat(unknown.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(LedgerClient.json(unknown.getBody()).path("detail").asText()).contains("bnd-nowhere");

        for (String year : List.of("21", "20211", "year", "2021.5", "0000")) {
            ResponseEntity<String> malformed = api.get("/api/v1/agencies/bnd/annual-reports/" + year, MediaType.APPLICATION_JSON);
            assertThat(malformed.getStatusCode().value()).as(year).isEqualTo(400);
            assertThat(malformed.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(LedgerClient.json(malformed.getBody()).path("field").asText()).isEqualTo("year");
        }
        assertThat(api.get("/api/v1/agencies/bnd/annual-reports/2021?scope=county", MediaType.APPLICATION_JSON).getStatusCode().value())
                .isEqualTo(400);
        assertThat(api.get("/api/v1/agencies/bnd/annual-reports/2021/provenance?table=3&row=DISCLOSED&column=ROBOT",
                MediaType.APPLICATION_JSON).getStatusCode().value()).isEqualTo(400);
    }
}
