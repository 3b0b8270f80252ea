package org.disclosureledger.node;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The node's public API as tests use it: ledger imports and annual reports, over HTTP. */
final class LedgerClient {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final TestRestTemplate http;

    LedgerClient(TestRestTemplate http) {
        this.http = http;
    }

    /** POST /api/v1/imports; the file must be recorded. */
    JsonNode record(String ndjson) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType("application/x-ndjson"));
        headers.set("X-Ledger-User", "report-tests");
        ResponseEntity<String> answer = http.exchange("/api/v1/imports", HttpMethod.POST,
                new HttpEntity<>(ndjson.getBytes(StandardCharsets.UTF_8), headers), String.class);
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
        return json(answer.getBody());
    }

    JsonNode record(Ledger ledger) {
        return record(ledger.ndjson());
    }

    /** The report JSON of GET /api/v1/agencies/{agency}/annual-reports/{year}{query}, which must answer 200. */
    JsonNode report(String agency, int year, String query) {
        ResponseEntity<String> answer = get("/api/v1/agencies/" + agency + "/annual-reports/" + year + query, MediaType.APPLICATION_JSON);
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
        assertThat(answer.getHeaders().getContentType()).isNotNull();
        assertThat(answer.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_JSON)).isTrue();
        return json(answer.getBody());
    }

    JsonNode report(String agency, int year) {
        return report(agency, year, "");
    }

    ResponseEntity<String> get(String path, MediaType accept) {
        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(List.of(accept));
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new IllegalStateException("not JSON: " + text, e);
        }
    }

    /** A cell of table 三 in the report JSON: row code and column index (6 = TOTAL). */
    static long cell(JsonNode report, String row, int column) {
        return report.path("applications").path("rows").path(row).path(column).asLong(-1);
    }
}
