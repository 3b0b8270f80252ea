package org.disclosureledger.casework.ledgerimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The ledger import through POST /api/v1/imports against the real PostgreSQL event store. */
@SpringBootTest
@AutoConfigureMockMvc
class LedgerImportIT {
    @Autowired
    MockMvc api;
    @Autowired
    JdbcClient jdbc;

    String agency;

    @BeforeEach
    void newAgency() {
        agency = "t" + UUID.randomUUID().toString().substring(0, 8);
    }

    private String ledger(String... lines) {
        StringBuilder file = new StringBuilder("{\"type\":\"AgencyRegistered\",\"agency\":\"" + agency + "\",\"name\":\"测试镇人民政府\",\"level\":\"TOWNSHIP\"}\n");
        for (String line : lines) {
            file.append(line.replace("@", "\"agency\":\"" + agency + "\"")).append('\n');
        }
        return file.toString();
    }

    private ResultActions importing(String file) throws Exception {
        return api.perform(post("/api/v1/imports").contentType("application/x-ndjson").content(file));
    }

    private ResultActions caseOf(String application) throws Exception {
        return api.perform(get("/api/v1/agencies/{agency}/applications/{application}", agency, application));
    }

    private static final String RECEIVED = "{\"type\":\"ApplicationReceived\",@,\"application\":\"A1\",\"receivedOn\":\"2021-09-30\","
            + "\"applicantCategory\":\"COMMERCIAL_ENTERPRISE\",\"channel\":\"ONLINE\",\"applicantName\":\"李四有限公司\",\"subject\":\"某地块规划\"}";

    @Test
    void importedCaseIsReadBackWithItsStateAndHistory() throws Exception {
        importing(ledger(RECEIVED,
                "{\"type\":\"ConsultationStarted\",@,\"application\":\"A1\",\"on\":\"2021-10-08\",\"party\":\"THIRD_PARTY\"}",
                "{\"type\":\"ConsultationEnded\",@,\"application\":\"A1\",\"on\":\"2021-10-15\"}",
                "{\"type\":\"ApplicationAnswered\",@,\"application\":\"A1\",\"on\":\"2021-11-10\",\"result\":\"PARTIALLY_DISCLOSED\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.recorded").value(5))
                .andExpect(jsonPath("$.alreadyRecorded").value(0));

        caseOf("A1").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CONCLUDED"))
                .andExpect(jsonPath("$.receivedOn").value("2021-09-30"))
                .andExpect(jsonPath("$.applicantCategory").value("COMMERCIAL_ENTERPRISE"))
                .andExpect(jsonPath("$.result").value("PARTIALLY_DISCLOSED"))
                .andExpect(jsonPath("$.concludedOn").value("2021-11-10"))
                .andExpect(jsonPath("$.replyDueOn").value("2021-11-11"))
                .andExpect(jsonPath("$.concludedLate").value(false))
                .andExpect(jsonPath("$.history[0].type").value("ApplicationReceived"))
                .andExpect(jsonPath("$.history[0].recordedBy").value("anonymous"));
    }

    @Test
    void theSameFileTwiceRecordsNothingNew() throws Exception {
        String file = ledger(RECEIVED, "{\"type\":\"ApplicationWithdrawn\",@,\"application\":\"A1\",\"on\":\"2021-10-11\"}");
        importing(file).andExpect(status().isOk()).andExpect(jsonPath("$.recorded").value(3));
        long events = eventCount();
        importing(file).andExpect(status().isOk())
                .andExpect(jsonPath("$.recorded").value(0))
                .andExpect(jsonPath("$.alreadyRecorded").value(3));
        assertThat(eventCount()).isEqualTo(events);
    }

    @Test
    void identicalLinesInOneFileAreOneFact() throws Exception {
        String decisions = "{\"type\":\"DecisionsRecorded\",@,\"kind\":\"LICENSING\",\"on\":\"2021-03-01\",\"count\":3}";
        importing(ledger(decisions, decisions)).andExpect(status().isOk())
                .andExpect(jsonPath("$.recorded").value(2))
                .andExpect(jsonPath("$.alreadyRecorded").value(1));
    }

    @Test
    void oneBadLineRecordsNothingAndEveryErrorIsListed() throws Exception {
        long events = eventCount();
        importing(ledger(RECEIVED,
                "{\"type\":\"ApplicationAnswered\",@,\"application\":\"A1\",\"on\":\"2021-10-20\",\"result\":\"DISCLOSED_TWICE\"}",
                "{\"type\":\"ApplicationReceived\",@,\"application\":\"A2\",\"receivedOn\":\"2021-10-01\",\"applicantCategory\":\"NATURAL_PERSON\",\"channel\":\"POST\"}",
                "{\"type\":\"FeeNoticeIssued\",@,\"application\":\"A2\",\"on\":\"2021-10-09\",\"amountYuan\":\"12.345\"}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors", hasSize(2)))
                .andExpect(jsonPath("$.errors[0].line").value(3))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("unknown code 'DISCLOSED_TWICE'")))
                .andExpect(jsonPath("$.errors[1].line").value(5))
                .andExpect(jsonPath("$.errors[1].message").value(containsString("more than two decimals")));
        assertThat(eventCount()).isEqualTo(events);
        caseOf("A1").andExpect(status().isNotFound());
        api.perform(get("/api/v1/agencies/{agency}", agency)).andExpect(status().isNotFound());
    }

    @Test
    void aRolledBackImportLeavesNoCaseStateBehind() throws Exception {
        String answered = "{\"type\":\"ApplicationAnswered\",@,\"application\":\"A1\",\"on\":\"2021-10-20\",\"result\":\"DISCLOSED\"}";
        String bad = "{\"type\":\"InformationPublished\",@,\"item\":\"w1\",\"on\":\"2021-03-01\",\"channel\":\"CARRIER_PIGEON\"}";
        importing(ledger(RECEIVED, answered, bad)).andExpect(status().isUnprocessableEntity());
        importing(ledger(RECEIVED, "{\"type\":\"ApplicationWithdrawn\",@,\"application\":\"A1\",\"on\":\"2021-10-21\"}"))
                .andExpect(status().isOk());
        caseOf("A1").andExpect(jsonPath("$.result").value("OTHER")).andExpect(jsonPath("$.concludedOn").value("2021-10-21"));
    }

    @Test
    void aRefusedStepLeavesTheCaseAsItWasForTheNextSteps() throws Exception {
        importing(ledger(RECEIVED,
                "{\"type\":\"ConsultationStarted\",@,\"application\":\"A1\",\"on\":\"2021-10-08\",\"party\":\"THIRD_PARTY\"}",
                "{\"type\":\"ConsultationStarted\",@,\"application\":\"A1\",\"on\":\"2021-10-09\",\"party\":\"THIRD_PARTY\"}",
                "{\"type\":\"ConsultationEnded\",@,\"application\":\"A1\",\"on\":\"2021-10-15\"}",
                "{\"type\":\"ConsultationEnded\",@,\"application\":\"A1\",\"on\":\"2021-10-16\"}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors", hasSize(2)))
                .andExpect(jsonPath("$.errors[0].line").value(4))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("already under way")))
                .andExpect(jsonPath("$.errors[1].line").value(6))
                .andExpect(jsonPath("$.errors[1].message").value(containsString("no consultation is under way")));
    }

    @Test
    void aMalformedLineIsNamed() throws Exception {
        importing(ledger(RECEIVED, "{\"type\":\"ApplicationWithdrawn\",@,\"application\":\"A1\",\"on\":")).andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].line").value(3))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("not a JSON object")));
    }

    @Test
    void aMissingFieldIsNamed() throws Exception {
        importing(ledger("{\"type\":\"ApplicationReceived\",@,\"application\":\"A1\",\"applicantCategory\":\"NATURAL_PERSON\",\"channel\":\"FAX\"}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].line").value(2))
                .andExpect(jsonPath("$.errors[0].field").value("receivedOn"))
                .andExpect(jsonPath("$.errors[0].message").value("receivedOn: is missing"));
    }

    @Test
    void anUnknownRecordTypeIsNamed() throws Exception {
        importing(ledger("{\"type\":\"ApplicationLost\",@,\"application\":\"A1\",\"on\":\"2021-03-01\"}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("unknown record type 'ApplicationLost'")));
    }

    @Test
    void aStepOfAnUnknownCaseIsNamed() throws Exception {
        importing(ledger("{\"type\":\"ApplicationAnswered\",@,\"application\":\"NOPE\",\"on\":\"2021-10-20\",\"result\":\"DISCLOSED\"}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].line").value(2))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("no application 'NOPE'")));
    }

    @Test
    void aStepThatCannotYetHappenIsNamed() throws Exception {
        importing(ledger(RECEIVED, "{\"type\":\"SupplementReceived\",@,\"application\":\"A1\",\"on\":\"2021-10-12\"}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].line").value(3))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("no supplement is pending")));
    }

    @Test
    void aStepDatedBeforeTheReceiptIsNamed() throws Exception {
        importing(ledger(RECEIVED, "{\"type\":\"ApplicationAnswered\",@,\"application\":\"A1\",\"on\":\"2021-09-01\",\"result\":\"DISCLOSED\"}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].line").value(3))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("before the application's receipt on 2021-09-30")));
    }

    @Test
    void aSecondConclusionIsNamed() throws Exception {
        importing(ledger(RECEIVED,
                "{\"type\":\"ApplicationAnswered\",@,\"application\":\"A1\",\"on\":\"2021-10-20\",\"result\":\"DISCLOSED\"}",
                "{\"type\":\"ApplicationWithdrawn\",@,\"application\":\"A1\",\"on\":\"2021-10-21\"}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].line").value(4))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("already concluded")));
    }

    @Test
    void aFutureDateIsNamed() throws Exception {
        importing(ledger("{\"type\":\"InformationPublished\",@,\"item\":\"w1\",\"on\":\"2999-01-04\",\"channel\":\"WECHAT\"}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].line").value(2))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("in the future")));
    }

    @Test
    void linesMayComeInAnyOrder() throws Exception {
        String child = "c" + agency;
        importing(ledger(
                "{\"type\":\"ApplicationAnswered\",@,\"application\":\"A1\",\"on\":\"2021-10-20\",\"result\":\"DISCLOSED\"}",
                "{\"type\":\"ConsultationEnded\",@,\"application\":\"A1\",\"on\":\"2021-10-15\"}",
                "{\"type\":\"ConsultationStarted\",@,\"application\":\"A1\",\"on\":\"2021-10-08\",\"party\":\"OTHER_AGENCY\"}",
                RECEIVED,
                "{\"type\":\"InformationPublished\",\"agency\":\"" + child + "\",\"item\":\"w1\",\"on\":\"2021-03-01\",\"channel\":\"WECHAT\"}",
                "{\"type\":\"AgencyRegistered\",\"agency\":\"" + child + "\",\"name\":\"测试村\",\"level\":\"DEPARTMENT\",\"parent\":\"" + agency + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.recorded").value(7));
        caseOf("A1").andExpect(jsonPath("$.status").value("CONCLUDED")).andExpect(jsonPath("$.replyDueOn").value("2021-11-11"));
        api.perform(get("/api/v1/agencies/{agency}", child)).andExpect(jsonPath("$.parent").value(agency));
    }

    @Test
    void thePeriodsOfIssue13JoinTheLedgerAndALapseBeforeItsPeriodIsAnErrorOfItsLine() throws Exception {
        // 10 working days from Fri 8 Oct 2021: Sat 9 Oct worked =1; 11-15 =2-6; 18-21 =7-10 -> the period ends Thu 21 Oct.
        String request = "{\"type\":\"SupplementRequested\",@,\"application\":\"A1\",\"on\":\"2021-10-08\",\"workingDays\":10}";
        importing(ledger(RECEIVED, request, "{\"type\":\"SupplementLapsed\",@,\"application\":\"A1\",\"on\":\"2021-10-21\"}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors", hasSize(1)))
                .andExpect(jsonPath("$.errors[0].line").value(4))
                .andExpect(jsonPath("$.errors[0].field").value("on"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("ends on 2021-10-21")));
        caseOf("A1").andExpect(status().isNotFound());

        importing(ledger(RECEIVED, request, "{\"type\":\"SupplementLapsed\",@,\"application\":\"A1\",\"on\":\"2021-10-22\"}",
                "{\"type\":\"ApplicationReceived\",@,\"application\":\"A2\",\"receivedOn\":\"2021-09-30\",\"applicantCategory\":\"NATURAL_PERSON\",\"channel\":\"POST\"}",
                "{\"type\":\"FeeNoticeIssued\",@,\"application\":\"A2\",\"on\":\"2021-10-08\",\"amountYuan\":\"200\",\"payWithinWorkingDays\":20}",
                "{\"type\":\"FeeWaived\",@,\"application\":\"A2\",\"on\":\"2021-10-11\",\"reason\":\"OTHER\",\"amountYuan\":\"150\"}",
                "{\"type\":\"FeePaid\",@,\"application\":\"A2\",\"on\":\"2021-10-12\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.recorded").value(8));
        caseOf("A1").andExpect(jsonPath("$.result").value("OTHER_NO_SUPPLEMENT"));
        caseOf("A2").andExpect(jsonPath("$.status").value("OPEN"))
                .andExpect(jsonPath("$.history[?(@.type == 'FeePaid')].event.amount").value("50.00"));
    }

    @Test
    void everyRecordTypeOfTheInterchangeIsAccepted() throws Exception {
        importing(ledger(RECEIVED,
                "{\"type\":\"SupplementRequested\",@,\"application\":\"A1\",\"on\":\"2021-10-08\",\"dueOn\":\"2021-10-22\"}",
                "{\"type\":\"SupplementReceived\",@,\"application\":\"A1\",\"on\":\"2021-10-12\"}",
                "{\"type\":\"ReplyExtended\",@,\"application\":\"A1\",\"on\":\"2021-11-01\",\"workingDays\":20}",
                "{\"type\":\"FeeNoticeIssued\",@,\"application\":\"A1\",\"on\":\"2021-11-02\",\"amountYuan\":\"3000.00\"}",
                "{\"type\":\"FeePaid\",@,\"application\":\"A1\",\"on\":\"2021-11-05\"}",
                "{\"type\":\"ApplicationAnswered\",@,\"application\":\"A1\",\"on\":\"2021-11-30\",\"result\":\"DISCLOSED\"}",
                "{\"type\":\"ApplicationReceived\",@,\"application\":\"A2\",\"receivedOn\":\"2021-12-01\",\"applicantCategory\":\"RESEARCH_INSTITUTION\",\"channel\":\"LETTER\"}",
                "{\"type\":\"SupplementRequested\",@,\"application\":\"A2\",\"on\":\"2021-12-02\"}",
                "{\"type\":\"SupplementLapsed\",@,\"application\":\"A2\",\"on\":\"2021-12-20\"}",
                "{\"type\":\"ApplicationReceived\",@,\"application\":\"A3\",\"receivedOn\":\"2021-12-01\",\"applicantCategory\":\"LEGAL_SERVICE_ORGANIZATION\",\"channel\":\"IN_PERSON\"}",
                "{\"type\":\"FeeNoticeIssued\",@,\"application\":\"A3\",\"on\":\"2021-12-02\",\"amountYuan\":\"100\"}",
                "{\"type\":\"FeeLapsed\",@,\"application\":\"A3\",\"on\":\"2021-12-31\"}",
                "{\"type\":\"DocumentIssued\",@,\"document\":\"D1\",\"kind\":\"NORMATIVE_DOCUMENT\",\"on\":\"2021-02-01\",\"title\":\"关于…的通知\"}",
                "{\"type\":\"DocumentRepealed\",@,\"document\":\"D1\",\"on\":\"2021-12-01\"}",
                "{\"type\":\"DecisionsRecorded\",@,\"kind\":\"PENALTY\",\"on\":\"2021-03-01\",\"count\":2}",
                "{\"type\":\"AdministrativeFeesCollected\",@,\"on\":\"2021-03-01\",\"amountYuan\":\"1234.56\"}",
                "{\"type\":\"InformationPublished\",@,\"item\":\"P1\",\"on\":\"2021-03-01\",\"channel\":\"GAZETTE\"}",
                "{\"type\":\"ReviewFiled\",@,\"review\":\"R1\",\"on\":\"2021-12-10\",\"application\":\"A1\"}",
                "{\"type\":\"ReviewConcluded\",@,\"review\":\"R1\",\"on\":\"2022-01-20\",\"outcome\":\"UPHELD\"}",
                "{\"type\":\"LawsuitFiled\",@,\"lawsuit\":\"L1\",\"on\":\"2022-02-10\",\"afterReview\":true,\"application\":\"A1\"}",
                "{\"type\":\"LawsuitConcluded\",@,\"lawsuit\":\"L1\",\"on\":\"2022-05-10\",\"outcome\":\"CORRECTED\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.recorded").value(23));
        caseOf("A2").andExpect(jsonPath("$.result").value("OTHER_NO_SUPPLEMENT")).andExpect(jsonPath("$.concludedOn").value("2021-12-20"));
        caseOf("A3").andExpect(jsonPath("$.result").value("OTHER_FEE_UNPAID"));
    }

    @Test
    void applicantsPersonalDataStaysOutOfTheEventStore() throws Exception {
        importing(ledger(RECEIVED)).andExpect(status().isOk());
        long withName = jdbc.sql("SELECT count(*) FROM casework.domain_event_entry WHERE convert_from(payload, 'UTF8') LIKE '%李四有限公司%'")
                .query(Long.class).single();
        assertThat(withName).isZero();
        assertThat(jdbc.sql("SELECT applicant_name FROM casework.applicant_particulars WHERE application = ?")
                .param(agency + "/application/A1").query(String.class).single()).isEqualTo("李四有限公司");
        // no staff users are configured in this context: nobody reads them, and the answer says why
        api.perform(get("/api/v1/agencies/{agency}/applications/A1?include=applicant", agency))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value(containsString("no staff users are configured")))
                .andExpect(content().string(not(containsString("李四有限公司"))));
    }

    /** Events that name this test's agency (the deadline scheduler may record events of other tests meanwhile). */
    private long eventCount() {
        return jdbc.sql("SELECT count(*) FROM casework.domain_event_entry WHERE convert_from(payload, 'UTF8') LIKE ?")
                .param("%\"" + agency + "%").query(Long.class).single();
    }
}
