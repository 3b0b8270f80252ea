package org.disclosureledger.node;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * Property-style: random but possible ledgers of a county and two townships over 2018–2024 (one seed each),
 * imported through the API. Every report of every year and scope satisfies C1–C5 and equals a count made apart
 * from the calculator, straight from the generated case records.
 */
@SpringBootTest(classes = SingleNodeApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RandomLedgerReportTest {
    private static final int FIRST_YEAR = 2018;
    private static final int LAST_YEAR = 2024;

    @Autowired
    private TestRestTemplate http;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 20211231, 777})
    void everyReportMatchesAnIndependentCountAndItsCrossChecks(long seed) {
        LedgerClient api = new LedgerClient(http);
        Random random = new Random(seed);
        String county = "rnd" + seed + "-county";
        Ledger ledger = new Ledger()
                .agency(county, "随机县人民政府" + seed, "COUNTY", null)
                .agency("rnd" + seed + "-a", "随机甲镇", "TOWNSHIP", county)
                .agency("rnd" + seed + "-b", "随机乙镇", "TOWNSHIP", county);
        List<RandomLedger> agencies = new ArrayList<>();
        for (String agency : List.of(county, "rnd" + seed + "-a", "rnd" + seed + "-b")) {
            agencies.add(RandomLedger.generate(agency, random, FIRST_YEAR, LAST_YEAR, ledger));
        }
        JsonNode recorded = api.record(ledger);
        assertThat(recorded.path("recorded").asInt()).isEqualTo(ledger.size());

        for (RandomLedger agency : agencies) {
            checkEveryYear(api, agency.agency, "", List.of(agency));
        }
        checkEveryYear(api, county, "?scope=consolidated", agencies);
    }

    private static void checkEveryYear(LedgerClient api, String agency, String scope, List<RandomLedger> inScope) {
        JsonNode previous = null;
        long received = 0;
        for (int year = FIRST_YEAR - 1; year <= LAST_YEAR + 1; year++) {
            JsonNode report = api.report(agency, year, scope);
            String where = agency + scope + " " + year;
            assertThat(IndependentCount.actual(report)).as(where).isEqualTo(IndependentCount.expected(inScope, year));
            assertCrossChecks(report, previous, where);
            assertThat(report.path("checks").findValuesAsText("id")).as(where).containsExactly("C1", "C2", "C3", "C4", "C5", "C6", "C8");
            assertThat(report.path("checks")).as(where).allSatisfy(check -> assertThat(check.path("passed").asBoolean()).isTrue());
            previous = report;
            received += report.path("applications").path("rows").path("NEW_THIS_YEAR").path(6).asLong();
        }
        assertThat(received).as("every generated case is new in some year").isEqualTo(inScope.stream().mapToLong(ledger -> ledger.cases.size()).sum());
    }

    /** C1–C5 recomputed on the JSON itself. */
    private static void assertCrossChecks(JsonNode report, JsonNode previousYear, String where) {
        JsonNode rows = report.path("applications").path("rows");
        assertThat(rows.size()).as(where).isEqualTo(25);
        for (int column = 0; column < 7; column++) {
            long newAndOver = rows.path("NEW_THIS_YEAR").path(column).asLong() + rows.path("CARRIED_OVER_FROM_LAST_YEAR").path(column).asLong();
            long concludedAndForward = rows.path("TOTAL_CONCLUDED").path(column).asLong()
                    + rows.path("CARRIED_FORWARD_TO_NEXT_YEAR").path(column).asLong();
            assertThat(newAndOver).as("C1 %s column %d", where, column).isEqualTo(concludedAndForward);
            long results = 0;
            int index = 0;
            for (var row = rows.fields(); row.hasNext(); index++) {
                var entry = row.next();
                if (index >= 2 && index < 23) {
                    results += entry.getValue().path(column).asLong();
                }
            }
            assertThat(results).as("C2 %s column %d", where, column).isEqualTo(rows.path("TOTAL_CONCLUDED").path(column).asLong());
            if (previousYear != null) {
                assertThat(rows.path("CARRIED_OVER_FROM_LAST_YEAR").path(column).asLong()).as("C5 %s column %d", where, column)
                        .isEqualTo(previousYear.path("applications").path("rows").path("CARRIED_FORWARD_TO_NEXT_YEAR").path(column).asLong());
            }
        }
        rows.fields().forEachRemaining(row -> {
            long sum = 0;
            for (int column = 0; column < 6; column++) {
                sum += row.getValue().path(column).asLong();
            }
            assertThat(row.getValue().path(6).asLong()).as("C3 %s %s", where, row.getKey()).isEqualTo(sum);
        });
        report.path("reviewsAndLawsuits").fields().forEachRemaining(block -> {
            JsonNode counts = block.getValue();
            assertThat(counts.path("TOTAL").asLong()).as("C4 %s %s", where, block.getKey()).isEqualTo(counts.path("UPHELD").asLong()
                    + counts.path("CORRECTED").asLong() + counts.path("OTHER").asLong() + counts.path("PENDING").asLong());
        });
    }
}
