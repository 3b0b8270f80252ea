package org.disclosureledger.node;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.disclosureledger.kernel.report.ApplicationTable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The golden case: the ledger of 寒葱沟镇人民政府 for 2021 (85 items published, 69 on WeChat and 16 otherwise,
 * nothing else), imported through the API, gives exactly the tables of its published report
 * (shared/domain/sample-report-township-2021.txt) as the report JSON of the interchange spec.
 */
@SpringBootTest(classes = SingleNodeApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GoldenTownshipReportTest {
    @Autowired
    private TestRestTemplate http;

    private static String resource(String name) throws IOException {
        try (InputStream in = GoldenTownshipReportTest.class.getResourceAsStream("/golden/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theSampleTownshipsLedgerGivesItsPublishedReportExactly() throws IOException {
        LedgerClient api = new LedgerClient(http);
        JsonNode recorded = api.record(resource("hancong-2021.ndjson"));
        assertThat(recorded.path("recorded").asInt()).isEqualTo(86);

        JsonNode report = api.report("hancong", 2021);

        assertThat(report).isEqualTo(LedgerClient.json(resource("hancong-2021-report.json")));
        List<String> rowOrder = new ArrayList<>();
        report.path("applications").path("rows").fieldNames().forEachRemaining(rowOrder::add);
        assertThat(rowOrder).containsExactlyElementsOf(ApplicationTable.ROW_CODES);
        List<String> channels = new ArrayList<>();
        report.path("proactive").path("publications").path("byChannel").fieldNames().forEachRemaining(channels::add);
        assertThat(channels).containsExactly("WECHAT", "OTHER");

        ResponseEntity<String> asked = api.get("/api/v1/agencies/hancong/annual-reports/2021?format=json", MediaType.TEXT_HTML);
        assertThat(asked.getStatusCode().value()).isEqualTo(200);
        assertThat(LedgerClient.json(asked.getBody())).isEqualTo(report);

        JsonNode again = api.record(resource("hancong-2021.ndjson"));
        assertThat(again.path("recorded").asInt()).isZero();
        assertThat(again.path("alreadyRecorded").asInt()).isEqualTo(86);
        assertThat(api.report("hancong", 2021)).isEqualTo(report);

        JsonNode provenance = LedgerClient.json(api.get(
                "/api/v1/agencies/hancong/annual-reports/2021/provenance?table=2&row=PUBLICATIONS&column=OTHER", MediaType.APPLICATION_JSON).getBody());
        assertThat(provenance.path("count").asInt()).isEqualTo(16);
        assertThat(provenance.path("cases")).hasSize(16);
        assertThat(provenance.path("cases").path(0).path("id").asText()).startsWith("hancong/item/");
    }
}
