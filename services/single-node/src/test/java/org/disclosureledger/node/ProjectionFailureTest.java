package org.disclosureledger.node;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;

/**
 * A failing projection handler halts its processing group loudly and never skips the event: ERROR log, failure
 * counter, health DOWN, reports refused with 503 rather than stale; once the cause is fixed the processor retries
 * the same event and the report counts it. Runs on a database of its own, since it breaks the projection.
 */
@SpringBootTest(classes = SingleNodeApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties =
        "spring.datasource.url=jdbc:postgresql://${LEDGER_TEST_DB_HOST:localhost:5432}/ledger_test_node_failure${LEDGER_TEST_DB_SUFFIX:}")
@DirtiesContext
@ExtendWith(OutputCaptureExtension.class)
class ProjectionFailureTest {
    private static final String REPORT = "/api/v1/agencies/flt/annual-reports/2021";

    @Autowired
    private TestRestTemplate http;

    @Autowired
    private JdbcClient jdbc;

    @Test
    void aFailingEventHaltsTheProjectionLoudlyUntilFixedAndIsThenCounted(CapturedOutput output) throws InterruptedException {
        LedgerClient api = new LedgerClient(http);
        api.record(new Ledger().agency("flt", "故障镇人民政府", "TOWNSHIP", null)
                .line("InformationPublished", "flt", "item", "1", "on", "2021-03-01", "channel", "WECHAT"));
        assertThat(api.report("flt", 2021).path("proactive").path("publications").path("total").asLong()).isEqualTo(1);

        jdbc.sql("ALTER TABLE reporting.publication RENAME TO publication_moved_away").update();
        try {
            api.record(new Ledger().line("InformationPublished", "flt", "item", "2", "on", "2021-04-01", "channel", "WEBSITE"));

            JsonNode health = eventually(() -> LedgerClient.json(http.getForEntity("/actuator/health", String.class).getBody()),
                    json -> json.path("components").path("annualReportFacts").path("status").asText().equals("DOWN"));
            JsonNode details = health.path("components").path("annualReportFacts").path("details");
            assertThat(health.path("status").asText()).isEqualTo("DOWN");
            assertThat(details.path("failedEvent").asText()).startsWith("InformationPublished");
            assertThat(details.path("error").asText()).contains("publication");

            ResponseEntity<String> refused = api.get(REPORT, MediaType.APPLICATION_JSON);
            assertThat(refused.getStatusCode().value()).isEqualTo(503);
            assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(LedgerClient.json(refused.getBody()).path("detail").asText()).contains("halted by a failure on InformationPublished");

            JsonNode failures = LedgerClient.json(http.getForEntity("/actuator/metrics/ledger.reporting.projection.failures", String.class).getBody());
            assertThat(failures.path("measurements").path(0).path("value").asDouble()).isGreaterThanOrEqualTo(1.0);
            assertThat(output.getAll()).contains("ERROR").contains("Processing group annual-report-facts failed on InformationPublished");
        } finally {
            jdbc.sql("ALTER TABLE reporting.publication_moved_away RENAME TO publication").update();
        }

        JsonNode recovered = eventually(() -> {
            ResponseEntity<String> answer = api.get(REPORT, MediaType.APPLICATION_JSON);
            return answer.getStatusCode().value() == 200 ? LedgerClient.json(answer.getBody()) : null;
        }, json -> json != null);
        assertThat(recovered.path("proactive").path("publications").toString()).isEqualTo("{\"total\":2,\"byChannel\":{\"WEBSITE\":1,\"WECHAT\":1}}");
        assertThat(LedgerClient.json(http.getForEntity("/actuator/health", String.class).getBody())
                .path("components").path("annualReportFacts").path("status").asText()).isEqualTo("UP");
    }

    private static JsonNode eventually(Supplier<JsonNode> read, java.util.function.Predicate<JsonNode> done) {
        return org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200))
                .until(read::get, done::test);
    }
}
