package org.disclosureledger.node;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The node with staff users configured (a users file made at test time, as {@code ./ledger up --demo} makes the demo's):
 * the import, the report and the calendar answer anonymous callers as before; applicants' particulars only the staff
 * of the agency (or above it, to read); erasing them leaves the report as it was.
 */
@SpringBootTest(classes = SingleNodeApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext // a context of its own (its users file): closed after the class, so its processors and scheduler stop
class PersonalDataOnTheNodeTest {
    private static final String RUN = UUID.randomUUID().toString().substring(0, 6);
    private static final String COUNTY = "pn-county-" + RUN;
    private static final String TOWN = "pn-town-" + RUN;
    private static String countyPassword;
    private static String townPassword;

    @DynamicPropertySource
    static void users(DynamicPropertyRegistry properties) {
        try {
            Path users = Files.createTempDirectory("ledger-node").resolve("users");
            users.toFile().deleteOnExit();
            countyPassword = DemoStaffUser.add(users, "county.clerk", COUNTY);
            townPassword = DemoStaffUser.add(users, "town.clerk", TOWN);
            properties.add("ledger.security.users-file", users::toString);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Autowired
    private TestRestTemplate http;

    @Test
    void theOpenApiStaysOpenAndOnlyStaffSeeTheApplicant() {
        LedgerClient api = new LedgerClient(http);
        JsonNode recorded = api.record(new Ledger()
                .agency(COUNTY, "某县人民政府", "COUNTY", null)
                .agency(TOWN, "某镇人民政府", "TOWNSHIP", COUNTY)
                .line("ApplicationReceived", TOWN, "application", "A1", "receivedOn", "2021-04-06", "applicantCategory", "NATURAL_PERSON",
                        "channel", "POST", "applicantName", "赵大明", "contact", "赵家庄3号", "subject", "村道修建资金")
                .answered(TOWN, "A1", "2021-04-20", "DISCLOSED"));
        assertThat(recorded.path("recorded").asInt()).isEqualTo(4);
        JsonNode report = api.report(TOWN, 2021);
        assertThat(LedgerClient.cell(report, "NEW_THIS_YEAR", 6)).isEqualTo(1);
        assertThat(LedgerClient.cell(report, "DISCLOSED", 0)).isEqualTo(1);
        assertThat(api.get("/api/v1/calendar", MediaType.APPLICATION_JSON).getStatusCode().value()).isEqualTo(200);

        String applicant = "/api/v1/agencies/" + TOWN + "/applications/A1?include=applicant";
        ResponseEntity<String> anonymous = api.get(applicant, MediaType.APPLICATION_JSON);
        assertThat(anonymous.getStatusCode().value()).isEqualTo(401);
        assertThat(anonymous.getBody()).doesNotContain("赵大明");

        TestRestTemplate county = http.withBasicAuth("county.clerk", countyPassword);
        ResponseEntity<String> read = county.getForEntity(applicant, String.class);
        assertThat(read.getStatusCode().value()).isEqualTo(200);
        assertThat(LedgerClient.json(read.getBody()).path("applicant").path("applicantName").asText()).isEqualTo("赵大明");

        String erasure = "/api/v1/agencies/" + TOWN + "/applications/A1/applicant";
        assertThat(county.exchange(erasure, HttpMethod.DELETE, null, String.class).getStatusCode().value()).isEqualTo(403);
        TestRestTemplate town = http.withBasicAuth("town.clerk", townPassword);
        assertThat(town.exchange(erasure, HttpMethod.DELETE, null, Void.class).getStatusCode().value()).isEqualTo(204);
        JsonNode after = LedgerClient.json(county.getForEntity(applicant, String.class).getBody());
        assertThat(after.path("applicant").isNull()).isTrue();
        assertThat(after.path("applicantErasure").path("erasedBy").asText()).isEqualTo("town.clerk");
        assertThat(after.path("case").path("result").asText()).isEqualTo("DISCLOSED");
        assertThat(api.report(TOWN, 2021)).isEqualTo(report);
    }
}
