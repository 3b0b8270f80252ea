package org.disclosureledger.casework.application.personaldata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.disclosureledger.casework.support.GeneratedStaffUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Applicants' particulars through HTTP against PostgreSQL: only staff of the agency (or of an agency above it) and
 * administrators read or erase them; erasure leaves the case and its events; the rest of the API stays open; the
 * particulars reach no problem detail and no log. Users come from a file generated at test time (bcrypt hashes of
 * random passwords).
 */
@SpringBootTest
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
@DirtiesContext // a context of its own (its users file): closed after the class, so its processors and scheduler stop
class PersonalDataAccessIT {
    private static final String RUN = UUID.randomUUID().toString().substring(0, 6);
    private static final String COUNTY = "pd-county-" + RUN;
    private static final String TOWNSHIP = "pd-town-" + RUN;
    private static final String OTHER = "pd-other-" + RUN;
    private static final GeneratedStaffUsers USERS = new GeneratedStaffUsers()
            .staff("county.clerk", COUNTY)
            .staff("town.clerk", TOWNSHIP)
            .staff("other.clerk", OTHER)
            .administrator("auditor");
    private static final AtomicInteger NUMBERS = new AtomicInteger();
    private static final String NAME = "王小明";
    private static final String CONTACT = "13900001111";
    private static final String SUBJECT = "某村征地补偿标准";

    @DynamicPropertySource
    static void users(DynamicPropertyRegistry properties) {
        String file = USERS.write().toString();
        properties.add("ledger.security.users-file", () -> file);
    }

    @Autowired
    MockMvc api;
    @Autowired
    JdbcClient jdbc;

    String application;

    @BeforeEach
    void agenciesAndAnApplication() throws Exception {
        importing("""
                {"type":"AgencyRegistered","agency":"%s","name":"某县人民政府","level":"COUNTY"}
                {"type":"AgencyRegistered","agency":"%s","name":"某镇人民政府","level":"TOWNSHIP","parent":"%s"}
                {"type":"AgencyRegistered","agency":"%s","name":"别县人民政府","level":"COUNTY"}
                """.formatted(COUNTY, TOWNSHIP, COUNTY, OTHER)).andExpect(status().isOk());
        application = "A" + NUMBERS.incrementAndGet();
        importing("""
                {"type":"ApplicationReceived","agency":"%s","application":"%s","receivedOn":"2023-05-08","applicantCategory":"NATURAL_PERSON","channel":"LETTER","applicantName":"%s","contact":"%s","subject":"%s"}
                {"type":"ApplicationAnswered","agency":"%s","application":"%s","on":"2023-05-20","result":"DISCLOSED"}
                """.formatted(TOWNSHIP, application, NAME, CONTACT, SUBJECT, TOWNSHIP, application)).andExpect(status().isOk());
    }

    private ResultActions importing(String ndjson) throws Exception {
        return api.perform(post("/api/v1/imports").contentType("application/x-ndjson").content(ndjson));
    }

    private MockHttpServletRequestBuilder particulars() {
        return get("/api/v1/agencies/{agency}/applications/{application}?include=applicant", TOWNSHIP, application);
    }

    private MockHttpServletRequestBuilder erasure() {
        return delete("/api/v1/agencies/{agency}/applications/{application}/applicant", TOWNSHIP, application);
    }

    private static MockHttpServletRequestBuilder as(String user, MockHttpServletRequestBuilder request) {
        return request.header(HttpHeaders.AUTHORIZATION, USERS.basic(user));
    }

    @Test
    void anonymousReadOfParticularsIsUnauthorized() throws Exception {
        api.perform(particulars())
                .andExpect(status().isUnauthorized())
                .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, containsString("Basic realm=\"Disclosure Ledger\"")))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.detail").value(containsString("sign in")))
                .andExpect(content().string(not(containsString(NAME))));
        // the case itself stays open to all, as before
        api.perform(get("/api/v1/agencies/{agency}/applications/{application}", TOWNSHIP, application))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CONCLUDED"))
                .andExpect(content().string(not(containsString(NAME))));
    }

    @Test
    void aWrongPasswordIsUnauthorized() throws Exception {
        api.perform(particulars().header(HttpHeaders.AUTHORIZATION, GeneratedStaffUsers.basic("town.clerk", "not-the-password")))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value("the user name or password is not right"));
    }

    @Test
    void staffOfAnotherAgencyIsForbidden() throws Exception {
        api.perform(as("other.clerk", particulars()))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("staff of agency " + OTHER)))
                .andExpect(content().string(not(containsString(NAME))));
    }

    @Test
    void staffOfTheAgencyReadTheParticulars() throws Exception {
        api.perform(as("town.clerk", particulars()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.case.status").value("CONCLUDED"))
                .andExpect(jsonPath("$.applicant.applicantName").value(NAME))
                .andExpect(jsonPath("$.applicant.contact").value(CONTACT))
                .andExpect(jsonPath("$.applicant.subject").value(SUBJECT))
                .andExpect(jsonPath("$.applicant.length()").value(3))
                .andExpect(jsonPath("$.applicantErasure").doesNotExist())
                .andExpect(header().string(HttpHeaders.CACHE_CONTROL, containsString("no-store")));
    }

    @Test
    void staffOfTheAgencyAboveAndAdministratorsReadTheParticulars() throws Exception {
        api.perform(as("county.clerk", particulars()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.applicant.applicantName").value(NAME));
        api.perform(as("auditor", particulars()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.applicant.applicantName").value(NAME));
    }

    @Test
    void staffOfTheAgencyBelowDoNotReadTheParticularsOfTheAgencyAbove() throws Exception {
        importing("""
                {"type":"ApplicationReceived","agency":"%s","application":"%s","receivedOn":"2023-05-08","applicantCategory":"NATURAL_PERSON","channel":"POST","applicantName":"%s"}
                """.formatted(COUNTY, application, NAME)).andExpect(status().isOk());
        api.perform(as("town.clerk", get("/api/v1/agencies/{agency}/applications/{application}?include=applicant", COUNTY, application)))
                .andExpect(status().isForbidden());
        api.perform(as("county.clerk", get("/api/v1/agencies/{agency}/applications/{application}?include=case,applicant", COUNTY, application)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.applicant.applicantName").value(NAME));
        api.perform(get("/api/v1/agencies/{agency}/applications/{application}?include=case,applicant", COUNTY, application))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void erasureRemovesTheParticularsAndKeepsTheCaseAndItsEvents() throws Exception {
        long events = eventsOfTheCase();
        String history = api.perform(get("/api/v1/agencies/{agency}/applications/{application}/history", TOWNSHIP, application))
                .andReturn().getResponse().getContentAsString();
        Instant before = Instant.now();

        api.perform(as("town.clerk", erasure())).andExpect(status().isNoContent());

        api.perform(as("town.clerk", particulars()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.applicant").isEmpty())
                .andExpect(jsonPath("$.applicantErasure.erasedBy").value("town.clerk"))
                .andExpect(jsonPath("$.applicantErasure.erasedAt").isNotEmpty())
                .andExpect(jsonPath("$.case.status").value("CONCLUDED"))
                .andExpect(jsonPath("$.case.result").value("DISCLOSED"))
                .andExpect(content().string(not(containsString(NAME))));
        Map<String, Object> row = jdbc.sql("SELECT * FROM casework.applicant_particulars WHERE application = ?")
                .param(TOWNSHIP + "/application/" + application).query().singleRow();
        assertThat(row.get("applicant_name")).isNull();
        assertThat(row.get("contact")).isNull();
        assertThat(row.get("subject")).isNull();
        assertThat(row.get("erased_by")).isEqualTo("town.clerk");
        assertThat(((java.sql.Timestamp) row.get("erased_at")).toInstant()).isAfterOrEqualTo(before.minusSeconds(1));
        assertThat(eventsOfTheCase()).isEqualTo(events);
        api.perform(get("/api/v1/agencies/{agency}/applications/{application}/history", TOWNSHIP, application))
                .andExpect(status().isOk())
                .andExpect(content().json(history, true));

        // erasing again changes nothing: the first erasure stands
        api.perform(as("auditor", erasure())).andExpect(status().isNoContent());
        api.perform(as("county.clerk", particulars())).andExpect(jsonPath("$.applicantErasure.erasedBy").value("town.clerk"));
    }

    @Test
    void onlyStaffOfTheAgencyItselfEraseTheParticulars() throws Exception {
        api.perform(erasure()).andExpect(status().isUnauthorized());
        api.perform(as("other.clerk", erasure())).andExpect(status().isForbidden());
        api.perform(as("county.clerk", erasure()))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(containsString("only staff of " + TOWNSHIP + " itself or an administrator")));
        api.perform(as("town.clerk", particulars())).andExpect(jsonPath("$.applicant.applicantName").value(NAME));
        api.perform(as("town.clerk", delete("/api/v1/agencies/{agency}/applications/NONE/applicant", TOWNSHIP)))
                .andExpect(status().isNotFound());
    }

    @Test
    void aStepIsRecordedByTheSignedInUserBeforeAnyHeader() throws Exception {
        importing("""
                {"type":"ApplicationReceived","agency":"%s","application":"%s-2","receivedOn":"2023-05-08","applicantCategory":"NATURAL_PERSON","channel":"POST"}
                """.formatted(TOWNSHIP, application)).andExpect(status().isOk());
        String steps = "/api/v1/agencies/{agency}/applications/{application}/steps";
        api.perform(as("town.clerk", post(steps, TOWNSHIP, application + "-2")).header("X-Ledger-User", "someone.else")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"type\":\"ReplyExtended\",\"on\":\"2023-05-10\",\"workingDays\":5}"))
                .andExpect(status().isOk());
        api.perform(post(steps, TOWNSHIP, application + "-2").header("X-Ledger-User", "gateway.user")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"type\":\"ApplicationWithdrawn\",\"on\":\"2023-05-11\"}"))
                .andExpect(status().isOk());
        api.perform(get("/api/v1/agencies/{agency}/applications/{application}/history", TOWNSHIP, application + "-2"))
                .andExpect(jsonPath("$[0].recordedBy").value("anonymous"))
                .andExpect(jsonPath("$[?(@.type == 'ReplyExtended')].recordedBy").value("town.clerk"))
                .andExpect(jsonPath("$[?(@.type == 'ApplicationWithdrawn')].recordedBy").value("gateway.user"));
    }

    @Test
    void theImportAndTheCalendarStayOpenToAnonymousCallers() throws Exception {
        importing("""
                {"type":"DecisionsRecorded","agency":"%s","kind":"LICENSING","on":"2023-06-01","count":3}
                """.formatted(OTHER)).andExpect(status().isOk()).andExpect(jsonPath("$.recorded").value(1));
        api.perform(get("/api/v1/calendar")).andExpect(status().isOk());
        api.perform(get("/api/v1/agencies/{agency}", TOWNSHIP)).andExpect(status().isOk());
    }

    @Test
    void particularsReachNoProblemDetailAndNoLog(CapturedOutput output) throws Exception {
        api.perform(post("/api/v1/agencies/{agency}/applications", TOWNSHIP).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"application\":\"X\",\"applicantName\":" + NAME + "}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("not valid JSON")))
                .andExpect(content().string(not(containsString(NAME))));
        importing("{\"type\":\"ApplicationReceived\",\"agency\":\"" + TOWNSHIP + "\",\"applicantName\":" + NAME + "}\n")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("column")))
                .andExpect(content().string(not(containsString(NAME))));
        api.perform(post("/api/v1/agencies/{agency}/applications", TOWNSHIP).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"application\":\"" + application + "\",\"receivedOn\":\"2023-05-08\",\"applicantCategory\":\"NATURAL_PERSON\","
                                + "\"channel\":\"POST\",\"applicantName\":\"" + NAME + "\",\"contact\":\"" + CONTACT + "\"}"))
                .andExpect(status().isConflict())
                .andExpect(content().string(not(containsString(NAME))));
        api.perform(as("town.clerk", particulars())).andExpect(status().isOk());
        api.perform(as("town.clerk", erasure())).andExpect(status().isNoContent());

        assertThat(output.getAll()).doesNotContain(NAME).doesNotContain(CONTACT).doesNotContain(SUBJECT);
    }

    @Test
    void databaseErrorsDoNotQuoteTheFailingRow() {
        // an erased row must hold no particulars (V5): breaking that rule fails without quoting the row
        Throwable failure = org.assertj.core.api.Assertions.catchThrowable(() -> jdbc.sql("""
                        UPDATE casework.applicant_particulars SET erased_at = now() WHERE application = ?""")
                .param(TOWNSHIP + "/application/" + application).update());
        assertThat(failure).isNotNull().hasMessageContaining("applicant_particulars_erased_means_empty");
        Throwable cause = failure;
        while (cause != null) {
            assertThat(String.valueOf(cause.getMessage())).doesNotContain(NAME).doesNotContain(CONTACT);
            cause = cause.getCause();
        }
    }

    @Test
    void theParticularsAreNotInTheEventsNorTheirMetadata() {
        long mentions = jdbc.sql("""
                        SELECT count(*) FROM casework.domain_event_entry
                        WHERE convert_from(payload, 'UTF8') LIKE :name OR convert_from(meta_data, 'UTF8') LIKE :name
                           OR convert_from(payload, 'UTF8') LIKE :contact OR convert_from(payload, 'UTF8') LIKE :subject""")
                .param("name", "%" + NAME + "%").param("contact", "%" + CONTACT + "%").param("subject", "%" + SUBJECT + "%")
                .query(Long.class).single();
        assertThat(mentions).isZero();
        assertThat(eventsOfTheCase()).isPositive();
    }

    private long eventsOfTheCase() {
        return jdbc.sql("SELECT count(*) FROM casework.domain_event_entry WHERE aggregate_identifier = ?")
                .param(TOWNSHIP + "/application/" + application).query(Long.class).single();
    }
}
