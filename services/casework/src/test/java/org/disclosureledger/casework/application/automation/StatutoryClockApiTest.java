package org.disclosureledger.casework.application.automation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.disclosureledger.casework.support.LedgerApi.last;
import static org.disclosureledger.casework.support.LedgerApi.types;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.disclosureledger.casework.CaseworkApplication;
import org.disclosureledger.casework.support.FixedToday;
import org.disclosureledger.casework.support.LedgerApi;
import org.disclosureledger.casework.support.LedgerApi.Answer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The statutory clock through the staff API against PostgreSQL: the calendar and its counts, a new year's schedule
 * that recounts the open cases, overdue events recorded by persistent deadlines, the staff view and its statistics,
 * and fees. Each test uses agencies of its own.
 */
@SpringBootTest(classes = CaseworkApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "db-scheduler.polling-interval=1s")
@Import(FixedToday.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class StatutoryClockApiTest {
    private static final Duration CATCH_UP = Duration.ofSeconds(30);

    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    LedgerApi api;

    @BeforeEach
    void setUp() {
        api = new LedgerApi(port);
    }

    private void register(String agency) {
        Answer answer = api.post("/api/v1/agencies", """
                {"agency": "%s", "name": "测试镇人民政府 %s", "level": "TOWNSHIP"}""".formatted(agency, agency));
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(201);
    }

    private void receive(String agency, String application, String receivedOn) {
        Answer answer = api.post("/api/v1/agencies/" + agency + "/applications", """
                {"application": "%s", "receivedOn": "%s", "applicantCategory": "NATURAL_PERSON", "channel": "ONLINE"}"""
                .formatted(application, receivedOn));
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(201);
    }

    private Answer step(String agency, String application, String json) {
        Answer answer = api.post("/api/v1/agencies/" + agency + "/applications/" + application + "/steps", json);
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(200);
        return answer;
    }

    @Test
    void theCalendarShowsItsYearsNoticesAndVersion() {
        Answer calendar = api.get("/api/v1/calendar");
        assertThat(calendar.status()).isEqualTo(200);
        assertThat(calendar.body().path("version").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(calendar.body().path("knownYears").toString()).contains("2019", "2026");
        JsonNode y2021 = null;
        for (JsonNode year : calendar.body().path("years")) {
            if (year.path("year").asInt() == 2021) {
                y2021 = year;
            }
        }
        assertThat(y2021).isNotNull();
        assertThat(y2021.path("source").asText()).isEqualTo("BUNDLED");
        assertThat(y2021.path("notices").get(0).asText()).contains("content_5564127");
        assertThat(y2021.path("makeupWorkdays").toString()).contains("2021-10-09");
    }

    @Test
    void aCountOfWorkingDaysAnswersWithItsDueDateAndItsWorking() {
        // Thu 30 Sep 2021 + 20: 1-7 Oct off; 8 Oct =1; Sat 9 Oct worked =2; 11-15 =3-7; 18-22 =8-12; 25-29 =13-17; 1-3 Nov =18-20.
        Answer count = api.get("/api/v1/calendar/working-days?from=2021-09-30&days=20");
        assertThat(count.status()).isEqualTo(200);
        assertThat(count.body().path("due").asText()).isEqualTo("2021-11-03");
        assertThat(count.body().path("provisional").asBoolean()).isFalse();
        assertThat(count.body().path("explanation").toString())
                .contains("2021-10-01 to 2021-10-07: official holidays, not counted")
                .contains("2021-10-09 (Sat): make-up working day (调休上班), counted as day 2");

        Answer bad = api.get("/api/v1/calendar/working-days?from=2021-02-30&days=20");
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.body().path("field").asText()).isEqualTo("from");
        assertThat(api.get("/api/v1/calendar/working-days?from=2021-09-30&days=-1").body().path("field").asText()).isEqualTo("days");
    }

    @Test
    void aScheduleThatCannotBeRightIsRefusedWithEveryReason() {
        int version = api.get("/api/v1/calendar").body().path("version").asInt();
        Answer refused = api.put("/api/v1/calendar/years/2031", """
                {"holidays": ["2031-01-01", "2031-10-01", "2033-05-01"],
                 "makeupWorkdays": ["2031-10-01", "2031-09-29"],
                 "notices": ["国务院办公厅关于2031年部分节假日安排的通知"]}""");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body().path("detail").asText())
                .contains("holidays[2] 2033-05-01 is outside 2030 to 2032")
                .contains("2031-10-01 is both a holiday and a make-up working day")
                .contains("2031-09-29 is a monday: a make-up working day (调休上班) is a Saturday or Sunday");
        Answer noNotice = api.put("/api/v1/calendar/years/2031", """
                {"holidays": ["2031-01-01"], "makeupWorkdays": [], "notices": []}""");
        assertThat(noNotice.status()).isEqualTo(422);
        assertThat(noNotice.body().path("field").asText()).isEqualTo("notices");
        Answer notADate = api.put("/api/v1/calendar/years/2031", """
                {"holidays": ["2031-13-01"], "notices": ["n"]}""");
        assertThat(notADate.status()).isEqualTo(422);
        assertThat(notADate.body().path("field").asText()).isEqualTo("holidays[0]");
        assertThat(api.get("/api/v1/calendar").body().path("version").asInt()).isEqualTo(version);
    }

    @Test
    void adoptingANewYearsScheduleTurnsAProvisionalDueDateIntoAFirmOne() {
        register("clk-adopt");
        // Received Thu 26 Nov 2026 (today) + 20: 27 Nov =1; 30 Nov-4 Dec =2-6; 7-11 =7-11; 14-18 =12-16; 21-24 =17-20 -> Thu 24 Dec.
        receive("clk-adopt", "A-1", "2026-11-26");
        // Extended by 20 from Thu 24 Dec: Fri 25 =1; 28-31 =2-5; 2027 unknown, Fri 1 Jan =6 (weekday only); 4-8 Jan =7-11;
        // 11-15 =12-16; 18-21 =17-20 -> Thu 21 Jan 2027, provisional.
        JsonNode extended = step("clk-adopt", "A-1", """
                {"type": "ReplyExtended", "on": "2026-11-26", "workingDays": 20}""").body();
        assertThat(extended.path("replyDueOn").asText()).isEqualTo("2027-01-21");
        assertThat(extended.path("replyDue").path("provisional").asBoolean()).isTrue();
        assertThat(extended.path("replyDueExplanation").toString()).contains("no official holiday schedule for 2027 is known");
        // An old open case whose count never reaches 2027 (due Wed 3 Nov 2021).
        receive("clk-adopt", "A-2", "2021-09-30");

        int version = api.get("/api/v1/calendar").body().path("version").asInt();
        Answer adopted = api.put("/api/v1/calendar/years/2027", """
                {"holidays": ["2027-01-01", "2027-01-02", "2027-01-03"], "makeupWorkdays": [],
                 "notices": ["test notice: 2027 New Year's Day, Fri 1 to Sun 3 January"]}""");
        assertThat(adopted.status()).as(adopted.body().toString()).isEqualTo(200);
        assertThat(adopted.body().path("version").asInt()).isEqualTo(version + 1);
        assertThat(adopted.body().path("source").asText()).isEqualTo("ADOPTED");
        assertThat(adopted.body().path("adoptedBy").asText()).isEqualTo("test-clerk");

        // Recounted under the new version: 1-3 Jan off; 4-8 Jan =6-10; 11-15 =11-15; 18-22 =16-20 -> Fri 22 Jan 2027, firm.
        JsonNode recounted = api.await("/api/v1/agencies/clk-adopt/applications/A-1",
                view -> view.path("replyDue").path("calendarVersion").asInt() == version + 1, CATCH_UP).body();
        assertThat(recounted.path("replyDueOn").asText()).isEqualTo("2027-01-22");
        assertThat(recounted.path("replyDue").path("provisional").asBoolean()).isFalse();
        assertThat(recounted.path("replyDueExplanation").toString()).contains("2027-01-01 to 2027-01-03: official holidays, not counted");
        JsonNode recordedBy = last(api.get("/api/v1/agencies/clk-adopt/applications/A-1/history").body(), "ReplyDeadlineSet");
        assertThat(recordedBy.path("recordedBy").asText()).isEqualTo("test-clerk");

        // Nothing changed for the old case: no new due date recorded.
        JsonNode oldCase = api.get("/api/v1/agencies/clk-adopt/applications/A-2/history").body();
        assertThat(types(oldCase).stream().filter("ReplyDeadlineSet"::equals).count()).isEqualTo(1);

        // The working-days count uses the new version at once.
        Answer count = api.get("/api/v1/calendar/working-days?from=2026-12-24&days=6");
        assertThat(count.body().path("due").asText()).isEqualTo("2027-01-04");
        assertThat(count.body().path("calendarVersion").asInt()).isEqualTo(version + 1);

        // The same schedule again changes nothing and says so.
        Answer again = api.put("/api/v1/calendar/years/2027", """
                {"holidays": ["2027-01-01", "2027-01-02", "2027-01-03"], "makeupWorkdays": [],
                 "notices": ["test notice: 2027 New Year's Day, Fri 1 to Sun 3 January"]}""");
        assertThat(again.status()).isEqualTo(409);
        assertThat(api.get("/api/v1/calendar").body().path("version").asInt()).isEqualTo(version + 1);
    }

    @Test
    void anOpenCaseLongPastItsDueDateGetsItsOverdueEventPromptly() {
        register("clk-late");
        // Due Wed 3 Nov 2021: overdue from Thu 4 Nov 2021.
        receive("clk-late", "L-1", "2021-09-30");
        JsonNode history = api.await("/api/v1/agencies/clk-late/applications/L-1/history",
                h -> types(h).contains("ReplyOverdue"), CATCH_UP).body();
        JsonNode overdue = last(history, "ReplyOverdue");
        assertThat(overdue.path("event").path("on").asText()).isEqualTo("2021-11-04");
        assertThat(overdue.path("event").path("dueOn").asText()).isEqualTo("2021-11-03");
        assertThat(overdue.path("recordedBy").asText()).isEqualTo("statutory-clock");

        JsonNode view = api.get("/api/v1/agencies/clk-late/applications/L-1").body();
        assertThat(view.path("replyOverdueOn").asText()).isEqualTo("2021-11-04");
        assertThat(view.path("otherDeadlines").get(0).path("clock").asText()).isEqualTo("SUPPLEMENT_NOTICE");
        assertThat(view.path("otherDeadlines").get(0).path("due").path("on").asText()).isEqualTo("2021-10-15");

        // Answered late afterwards: recorded and flagged late; the overdue event stays in the history.
        JsonNode answered = step("clk-late", "L-1", """
                {"type": "ApplicationAnswered", "on": "2021-11-10", "result": "DISCLOSED"}""").body();
        assertThat(answered.path("concludedLate").asBoolean()).isTrue();
    }

    @Test
    void aCaseConcludedInTimeGetsNoOverdueEventAndItsDeadlineIsCancelled() {
        register("clk-done");
        // Received and answered in time, recorded together (an import is one transaction).
        Answer imported = api.importLines("""
                {"type": "ApplicationReceived", "agency": "clk-done", "application": "D-1", "receivedOn": "2021-09-30", "applicantCategory": "NATURAL_PERSON", "channel": "POST"}
                {"type": "ApplicationAnswered", "agency": "clk-done", "application": "D-1", "on": "2021-10-15", "result": "DISCLOSED"}
                """);
        assertThat(imported.status()).as(imported.body().toString()).isEqualTo(200);
        // A case received with it, still open, shows that the clock has run meanwhile.
        receive("clk-done", "D-2", "2021-09-30");
        api.await("/api/v1/agencies/clk-done/applications/D-2/history", h -> types(h).contains("ReplyOverdue"), CATCH_UP);
        assertThat(types(api.get("/api/v1/agencies/clk-done/applications/D-1/history").body())).doesNotContain("ReplyOverdue");
    }

    @Test
    void aConsultationStopsTheReplyClockAndRunsTheConsultedPartysOwn() {
        register("clk-consult");
        // Consulted Fri 8 Oct 2021: Sat 9 worked =1; 11-15 =2-6; 18-22 =7-11; 25-28 =12-15 -> opinion due Thu 28 Oct.
        // Recorded together with the receipt, so that the reply clock never runs out unpaused.
        Answer imported = api.importLines("""
                {"type": "ApplicationReceived", "agency": "clk-consult", "application": "C-1", "receivedOn": "2021-09-30", "applicantCategory": "NATURAL_PERSON", "channel": "POST"}
                {"type": "ConsultationStarted", "agency": "clk-consult", "application": "C-1", "on": "2021-10-08", "party": "THIRD_PARTY"}
                """);
        assertThat(imported.status()).as(imported.body().toString()).isEqualTo(200);
        JsonNode history = api.await("/api/v1/agencies/clk-consult/applications/C-1/history",
                h -> types(h).contains("ConsultationOverdue"), CATCH_UP).body();
        assertThat(last(history, "ConsultationOverdue").path("event").path("on").asText()).isEqualTo("2021-10-29");
        // With no opinion the pause ended with the party's period (28 Oct) and the reply clock ran again: 8 Oct =1; 29 Oct =2;
        // 1-5 Nov =3-7; 8-12 =8-12; 15-19 =13-17; 22-24 =18-20 -> due Wed 24 Nov 2021, overdue from Thu 25 Nov.
        JsonNode overdue = last(api.await("/api/v1/agencies/clk-consult/applications/C-1/history",
                h -> types(h).contains("ReplyOverdue"), CATCH_UP).body(), "ReplyOverdue");
        assertThat(overdue.path("event").path("dueOn").asText()).isEqualTo("2021-11-24");
        assertThat(overdue.path("event").path("on").asText()).isEqualTo("2021-11-25");
    }

    @Test
    void aConsultationForgottenAroundAHolidayBlockTurnsOverdueOnTheRightWorkingDay() {
        register("clk-forgot");
        // Received Wed 22 Sep 2021; the request for opinion sent Fri 24 Sep reached the co-producing agency on Sun 26 Sep,
        // a working Sunday. Its 15 working days: 27-30 Sep =1-4; National Day 1-7 Oct off; 8 Oct =5; Sat 9 Oct worked =6;
        // 11-15 =7-11; 18-21 =12-15 -> Thu 21 Oct. No opinion is recorded: the pause ends there by itself (Art. 34) and
        // the reply clock runs again from 22 Oct: 23-24 Sep =1-2; 22 Oct =3; 25-29 =4-8; 1-5 Nov =9-13; 8-12 =14-18;
        // 15-16 =19-20 -> due Tue 16 Nov 2021, overdue from Wed 17 Nov.
        receive("clk-forgot", "C-1", "2021-09-22");
        JsonNode started = step("clk-forgot", "C-1", """
                {"type": "ConsultationStarted", "on": "2021-09-24", "party": "OTHER_AGENCY", "partyReceivedOn": "2021-09-26"}""").body();
        assertThat(started.path("status").asText()).isEqualTo("IN_CONSULTATION");
        assertThat(started.path("replyDueOn").asText()).isEqualTo("2021-11-16");
        assertThat(started.path("nextDue").path("limit").asText()).isEqualTo("CONSULTATION_OPINION");
        assertThat(started.path("nextDue").path("on").asText()).isEqualTo("2021-10-21");
        JsonNode opinion = null;
        for (JsonNode deadline : started.path("otherDeadlines")) {
            opinion = "CONSULTATION_OPINION".equals(deadline.path("clock").asText()) ? deadline : opinion;
        }
        assertThat(opinion).as(started.path("otherDeadlines").toString()).isNotNull();
        assertThat(opinion.path("due").path("on").asText()).isEqualTo("2021-10-21");
        assertThat(opinion.path("explanation").toString())
                .contains("2021-09-26 request for opinion received by the party: day 0 of 15 working days")
                .contains("2021-10-09 (Sat): make-up working day (调休上班), counted as day 6");
        assertThat(started.path("replyDueExplanation").toString()).contains("2021-09-24 to 2021-10-21 consultation: 16 working day(s) "
                + "not counted, to the end of the consulted party's 15 working days (Art. 32, 34)");

        // On the staff view: the party's period is over from Fri 22 Oct; the reply overdue from Wed 17 Nov, not before.
        JsonNode oct21 = api.await("/api/v1/agencies/clk-forgot/workload?asOf=2021-10-21", v -> v.path("inConsultation").size() == 1,
                CATCH_UP).body();
        assertThat(oct21.path("periodOver").size()).isZero();
        JsonNode oct22 = api.get("/api/v1/agencies/clk-forgot/workload?asOf=2021-10-22").body();
        assertThat(numbers(oct22.path("periodOver"))).containsExactly("C-1");
        assertThat(oct22.path("periodOver").get(0).path("periodsOver").get(0).path("limit").asText()).isEqualTo("CONSULTATION_OPINION");
        assertThat(api.get("/api/v1/agencies/clk-forgot/workload?asOf=2021-11-16").body().path("overdue").size()).isZero();
        JsonNode nov17 = api.get("/api/v1/agencies/clk-forgot/workload?asOf=2021-11-17").body();
        assertThat(numbers(nov17.path("overdue"))).containsExactly("C-1");
        assertThat(nov17.path("overdue").get(0).path("workingDaysOverdue").asInt()).isEqualTo(1);

        // The statutory clock records both, dated from their periods.
        JsonNode history = api.await("/api/v1/agencies/clk-forgot/applications/C-1/history",
                h -> types(h).contains("ConsultationOverdue") && types(h).contains("ReplyOverdue"), CATCH_UP).body();
        assertThat(last(history, "ConsultationOverdue").path("event").path("on").asText()).isEqualTo("2021-10-22");
        assertThat(last(history, "ReplyOverdue").path("event").path("dueOn").asText()).isEqualTo("2021-11-16");
        assertThat(last(history, "ReplyOverdue").path("event").path("on").asText()).isEqualTo("2021-11-17");

        // An opinion recorded after its period changes nothing; the answer after the due date is late.
        assertThat(step("clk-forgot", "C-1", """
                {"type": "ConsultationEnded", "on": "2021-11-01"}""").body().path("replyDueOn").asText()).isEqualTo("2021-11-16");
        assertThat(step("clk-forgot", "C-1", """
                {"type": "ApplicationAnswered", "on": "2021-11-17", "result": "DISCLOSED"}""").body().path("concludedLate").asBoolean()).isTrue();
        JsonNode stats = api.await("/api/v1/agencies/clk-forgot/processing-statistics/2021?asOf=2021-12-31",
                v -> v.path("answered").asInt() == 1, CATCH_UP).body();
        assertThat(stats.path("answeredLate").asInt()).isEqualTo(1);
    }

    @Test
    void everyOpenApplicationHasADateThatBringsItBackToStaff() {
        register("clk-every");
        String at = "\"agency\": \"clk-every\", \"application\": ";
        StringBuilder file = new StringBuilder();
        for (int n = 1; n <= 10; n++) {
            file.append("{\"type\": \"ApplicationReceived\", ").append(at).append("\"P-").append(n)
                    .append("\", \"receivedOn\": \"2026-11-02\", \"applicantCategory\": \"NATURAL_PERSON\", \"channel\": \"ONLINE\"}\n");
        }
        String[] steps = {
                "P-2", "\"type\": \"SupplementRequested\", \"on\": \"2026-11-04\"",
                "P-3", "\"type\": \"SupplementRequested\", \"on\": \"2026-11-04\", \"dueOn\": \"2026-11-20\"",
                "P-4", "\"type\": \"FeeNoticeIssued\", \"on\": \"2026-11-04\", \"amountYuan\": \"100\"",
                "P-5", "\"type\": \"FeeNoticeIssued\", \"on\": \"2026-11-20\", \"amountYuan\": \"100\", \"payBy\": \"2026-12-04\"",
                "P-6", "\"type\": \"ConsultationStarted\", \"on\": \"2026-11-20\", \"party\": \"THIRD_PARTY\"",
                "P-7", "\"type\": \"ConsultationStarted\", \"on\": \"2026-11-05\", \"party\": \"OTHER_AGENCY\"",
                "P-7", "\"type\": \"FeeNoticeIssued\", \"on\": \"2026-11-06\", \"amountYuan\": \"100\"",
                "P-8", "\"type\": \"ReplyDeferred\", \"on\": \"2026-11-10\", \"dueOn\": \"2027-01-29\"",
                "P-9", "\"type\": \"SupplementRequested\", \"on\": \"2026-11-03\", \"workingDays\": 5",
                "P-9", "\"type\": \"SupplementReceived\", \"on\": \"2026-11-06\"",
                "P-9", "\"type\": \"ConsultationStarted\", \"on\": \"2026-11-09\", \"party\": \"THIRD_PARTY\", \"partyReceivedOn\": \"2026-11-11\"",
                "P-9", "\"type\": \"ConsultationEnded\", \"on\": \"2026-11-16\"",
                "P-10", "\"type\": \"ReplyExtended\", \"on\": \"2026-11-20\", \"workingDays\": 15"};
        for (int i = 0; i < steps.length; i += 2) {
            file.append("{").append(at).append("\"").append(steps[i]).append("\", ").append(steps[i + 1]).append("}\n");
        }
        Answer imported = api.importLines(file.toString());
        assertThat(imported.status()).as(imported.body().toString()).isEqualTo(200);

        for (int n = 1; n <= 10; n++) {
            JsonNode view = api.get("/api/v1/agencies/clk-every/applications/P-" + n).body();
            assertThat(view.path("status").asText()).isNotEqualTo("CONCLUDED");
            assertThat(view.path("nextDue").path("on").isTextual()).as("P-" + n + ": " + view.path("openLimits")).isTrue();
        }
        // P-7 waits on a fee with no recorded period: no reply date, but the opinion and the payment reminder bring it back.
        JsonNode p7 = api.get("/api/v1/agencies/clk-every/applications/P-7").body();
        assertThat(p7.path("replyDueOn").isNull()).isTrue();
        assertThat(p7.path("openLimits").toString()).contains("CONSULTATION_OPINION").contains("PAYMENT_PERIOD");
        // Today is 26 Nov 2026: P-3's supplement period (to 20 Nov) is over; P-5's payment period (to 4 Dec) is not.
        JsonNode p3 = api.get("/api/v1/agencies/clk-every/applications/P-3").body();
        assertThat(p3.path("periodsOver").get(0).path("limit").asText()).isEqualTo("SUPPLEMENT_PERIOD");
        assertThat(p3.path("periodsOver").get(0).path("on").asText()).isEqualTo("2026-11-20");
        assertThat(api.get("/api/v1/agencies/clk-every/applications/P-5").body().path("periodsOver").size()).isZero();
        // The staff view agrees: every item it lists has its next date.
        JsonNode workload = api.await("/api/v1/agencies/clk-every/workload?withinWorkingDays=200",
                v -> v.path("awaitingApplicant").size() == 5 && v.path("inConsultation").size() == 2, CATCH_UP).body();
        for (String list : List.of("dueSoon", "overdue", "awaitingApplicant", "inConsultation", "periodOver")) {
            workload.path(list).forEach(item -> assertThat(item.path("nextDue").path("on").isTextual()).as(list + " " + item).isTrue());
        }
        assertThat(numbers(workload.path("periodOver"))).contains("P-3");
    }

    @Test
    void aDeferredReplyIsDueOnItsOwnDate() {
        register("clk-defer");
        receive("clk-defer", "D-1", "2021-09-30");
        JsonNode deferred = step("clk-defer", "D-1", """
                {"type": "ReplyDeferred", "on": "2021-10-20", "workingDays": 30}""").body();
        // 30 working days from Wed 20 Oct 2021 -> Wed 1 Dec, later than the period of Art. 33 (3 Nov).
        assertThat(deferred.path("replyDueOn").asText()).isEqualTo("2021-12-01");
        assertThat(deferred.path("replyDueExplanation").toString())
                .contains("2021-10-20 reply deferred (Art. 35) to 2021-12-01 (30 working days), the reasonable period the agency set");
        Answer notLater = api.post("/api/v1/agencies/clk-defer/applications/D-1/steps", """
                {"type": "ReplyDeferred", "on": "2021-10-21", "dueOn": "2021-11-03"}""");
        assertThat(notLater.status()).isEqualTo(409);
        assertThat(notLater.body().path("reason").asText()).isEqualTo("ALREADY_DONE_ONCE");
    }

    @Test
    void theStaffViewListsWhatIsDueSoonOverdueAndWaiting() {
        register("clk-view");
        receive("clk-view", "V-due", "2021-09-30");        // due Wed 3 Nov 2021
        receive("clk-view", "V-over", "2021-09-01");       // due Wed 29 Sep 2021 (1-3 Sep =1-3; 6-10 =4-8; ...; 27-29 Sep =18-20)
        receive("clk-view", "V-supp", "2021-10-11");
        step("clk-view", "V-supp", """
                {"type": "SupplementRequested", "on": "2021-10-12"}""");
        receive("clk-view", "V-cons", "2021-10-11");
        step("clk-view", "V-cons", """
                {"type": "ConsultationStarted", "on": "2021-10-13", "party": "OTHER_AGENCY"}""");
        receive("clk-view", "V-later", "2021-10-25");      // due later than the window

        // As of Fri 29 Oct 2021, within 3 working days (Nov 1, 2, 3): V-due, due Wed 3 Nov, has 3 working days left.
        JsonNode view = api.await("/api/v1/agencies/clk-view/workload?asOf=2021-10-29&withinWorkingDays=3",
                v -> v.path("inConsultation").size() == 1 && v.path("awaitingApplicant").size() == 1, CATCH_UP).body();
        assertThat(view.path("dueBy").asText()).isEqualTo("2021-11-03");
        assertThat(numbers(view.path("dueSoon"))).containsExactly("V-due");
        assertThat(view.path("dueSoon").get(0).path("workingDaysLeft").asInt()).isEqualTo(3);
        assertThat(numbers(view.path("overdue"))).containsExactly("V-over");
        // 30 Sep =1; 1-7 Oct off; 8 =2; Sat 9 =3; 11-15 =4-8; 18-22 =9-13; 25-29 =14-18 working days overdue.
        assertThat(view.path("overdue").get(0).path("workingDaysOverdue").asInt()).isEqualTo(18);
        assertThat(numbers(view.path("awaitingApplicant"))).containsExactly("V-supp");
        assertThat(numbers(view.path("inConsultation"))).containsExactly("V-cons");
        assertThat(view.path("inConsultation").get(0).path("consultationDueOn").asText()).isEqualTo("2021-11-03");

        Answer unknown = api.get("/api/v1/agencies/clk-nobody/workload");
        assertThat(unknown.status()).isEqualTo(404);
    }

    @Test
    void processingStatisticsOfAYearBeyondTheOfficialTables() {
        register("clk-stats");
        receive("clk-stats", "S-1", "2021-09-30");
        step("clk-stats", "S-1", """
                {"type": "ApplicationAnswered", "on": "2021-10-08", "result": "DISCLOSED"}""");   // 1 working day
        receive("clk-stats", "S-2", "2021-09-30");
        step("clk-stats", "S-2", """
                {"type": "ApplicationAnswered", "on": "2021-10-15", "result": "DISCLOSED"}""");   // 8 Oct, 9 Oct, 11-15: 7
        receive("clk-stats", "S-3", "2021-09-30");
        step("clk-stats", "S-3", """
                {"type": "ApplicationAnswered", "on": "2021-11-04", "result": "PARTIALLY_DISCLOSED"}"""); // 21, late
        receive("clk-stats", "S-4", "2021-09-30");
        step("clk-stats", "S-4", """
                {"type": "ApplicationWithdrawn", "on": "2021-10-11"}""");                         // not an answer
        receive("clk-stats", "S-5", "2021-12-01");                                                // still open

        JsonNode stats = api.await("/api/v1/agencies/clk-stats/processing-statistics/2021?asOf=2021-12-31",
                s -> s.path("answered").asInt() == 3 && s.path("oldestOpen").size() == 1
                        && "S-5".equals(s.path("oldestOpen").get(0).path("application").asText()), CATCH_UP).body();
        assertThat(stats.path("answeredOnTime").asInt()).isEqualTo(2);
        assertThat(stats.path("answeredLate").asInt()).isEqualTo(1);
        JsonNode days = stats.path("workingDaysToAnswer");
        assertThat(days.path("median").decimalValue()).isEqualByComparingTo("7");
        assertThat(days.path("mean").decimalValue()).isEqualByComparingTo("9.7");
        assertThat(days.path("min").asInt()).isEqualTo(1);
        assertThat(days.path("max").asInt()).isEqualTo(21);
        assertThat(days.path("histogram").toString()).contains("{\"workingDays\":\"1-5\",\"applications\":1}")
                .contains("{\"workingDays\":\"6-10\",\"applications\":1}")
                .contains("{\"workingDays\":\"21-30\",\"applications\":1}");
        assertThat(stats.path("oldestOpen").get(0).path("application").asText()).isEqualTo("S-5");
    }

    @Test
    void feesAreQuotedWithTheirComputationAndAFeeNoticeRecordsItsBasis() {
        Answer month = api.get("/api/v1/processing-fees/quote?basis=PER_APPLICATION&quantity=35");
        assertThat(month.status()).isEqualTo(200);
        assertThat(month.body().path("total").path("amount").asText()).isEqualTo("3000.00");
        assertThat(month.body().path("total").path("lines").toString())
                .contains("applications 11–30: 20 × 100元 = 2000元").contains("applications 31–35: 5 × 200元 = 1000元");
        assertThat(month.body().path("lastApplication").path("amount").asText()).isEqualTo("200.00");
        assertThat(api.get("/api/v1/processing-fees/quote?basis=PER_VOLUME&quantity=250").body().path("total").path("amount").asText())
                .isEqualTo("4700.00");
        assertThat(api.get("/api/v1/processing-fees/quote?basis=PER_PAGE&quantity=2").body().path("field").asText()).isEqualTo("basis");

        register("clk-fee");
        receive("clk-fee", "F-1", "2021-09-30");
        JsonNode view = step("clk-fee", "F-1", """
                {"type": "FeeNoticeIssued", "on": "2021-10-08", "basis": "PER_APPLICATION", "quantity": 35}""").body();
        assertThat(view.path("status").asText()).isEqualTo("AWAITING_FEE_PAYMENT");
        JsonNode notice = last(api.get("/api/v1/agencies/clk-fee/applications/F-1/history").body(), "FeeNoticeIssued");
        assertThat(notice.path("event").path("amount").asText()).isEqualTo("200.00");
        assertThat(notice.path("event").path("computation").path("basis").asText()).isEqualTo("PER_APPLICATION");

        Answer mismatch = api.post("/api/v1/agencies/clk-fee/applications/F-1/steps", """
                {"type": "FeeNoticeIssued", "on": "2021-10-08", "basis": "PER_VOLUME", "quantity": 250, "amountYuan": "4000"}""");
        assertThat(mismatch.status()).isEqualTo(422);
        assertThat(mismatch.body().path("field").asText()).isEqualTo("amountYuan");
        assertThat(mismatch.body().path("detail").asText()).contains("differs from the computed fee 4700.00");
    }

    @Test
    void aForgottenSupplementAndAnUnpaidFeeShowOnTheWorkloadTheDayAfterTheirPeriodAndAnAnswerAfterThemIsLate() {
        register("clk-wait");
        // Received Thu 30 Sep 2021; asked on Fri 8 Oct to supplement by Fri 22 Oct, to pay by Fri 15 Oct, and (an old
        // ledger's request) to supplement with no period recorded.
        receive("clk-wait", "W-supp", "2021-09-30");
        step("clk-wait", "W-supp", """
                {"type": "SupplementRequested", "on": "2021-10-08", "dueOn": "2021-10-22"}""");
        receive("clk-wait", "W-fee", "2021-09-30");
        step("clk-wait", "W-fee", """
                {"type": "FeeNoticeIssued", "on": "2021-10-08", "amountYuan": "200", "payBy": "2021-10-15"}""");
        receive("clk-wait", "W-old", "2021-09-30");
        step("clk-wait", "W-old", """
                {"type": "SupplementRequested", "on": "2021-10-08"}""");
        receive("clk-wait", "W-days", "2021-09-30");
        // 10 working days from Fri 8 Oct: Sat 9 Oct worked =1; 11-15 =2-6; 18-21 =7-10 -> Thu 21 Oct.
        JsonNode days = step("clk-wait", "W-days", """
                {"type": "FeeNoticeIssued", "on": "2021-10-08", "amountYuan": "100", "payWithinWorkingDays": 10}""").body();
        assertThat(days.path("nextDue").path("limit").asText()).isEqualTo("PAYMENT_PERIOD");
        assertThat(days.path("nextDue").path("on").asText()).isEqualTo("2021-10-21");

        // On the last day of the payment period nothing is over yet; the day after, the unpaid fee shows.
        JsonNode lastDay = api.await("/api/v1/agencies/clk-wait/workload?asOf=2021-10-15",
                v -> v.path("awaitingApplicant").size() == 4, CATCH_UP).body();
        assertThat(lastDay.path("periodOver").size()).isZero();
        JsonNode dayAfter = api.get("/api/v1/agencies/clk-wait/workload?asOf=2021-10-16").body();
        assertThat(numbers(dayAfter.path("periodOver"))).containsExactly("W-fee");
        JsonNode fee = dayAfter.path("periodOver").get(0);
        assertThat(fee.path("paymentDueOn").asText()).isEqualTo("2021-10-15");
        assertThat(fee.path("paymentDueAssumed").asBoolean()).isFalse();
        assertThat(fee.path("periodsOver").get(0).path("limit").asText()).isEqualTo("PAYMENT_PERIOD");
        // The reply clock runs again after 15 Oct: 18-22 =2-6; 25-29 =7-11; 1-5 Nov =12-16; 8-11 Nov =17-20 -> Thu 11 Nov.
        assertThat(fee.path("replyDueOn").asText()).isEqualTo("2021-11-11");

        // The supplement period ends Fri 22 Oct: it shows from Sat 23 Oct, after the fee.
        assertThat(numbers(api.get("/api/v1/agencies/clk-wait/workload?asOf=2021-10-22").body().path("periodOver")))
                .containsExactly("W-fee", "W-days");
        JsonNode oct23 = api.get("/api/v1/agencies/clk-wait/workload?asOf=2021-10-23").body();
        assertThat(numbers(oct23.path("periodOver"))).containsExactly("W-fee", "W-days", "W-supp");
        // The request with no period recorded shows its reminder from the default (15 working days, assumed): Sat 9 Oct =1;
        // 11-15 =2-6; 18-22 =7-11; 25-28 =12-15 -> Thu 28 Oct; over from Fri 29 Oct.
        JsonNode oct29 = api.get("/api/v1/agencies/clk-wait/workload?asOf=2021-10-29").body();
        assertThat(numbers(oct29.path("periodOver"))).containsExactly("W-fee", "W-days", "W-supp", "W-old");
        JsonNode old = oct29.path("periodOver").get(3);
        assertThat(old.path("supplementDueOn").asText()).isEqualTo("2021-10-28");
        assertThat(old.path("supplementDueAssumed").asBoolean()).isTrue();
        assertThat(old.path("replyDueOn").isNull()).isTrue();
        // Every open application has a date that brings it back.
        oct29.path("awaitingApplicant").forEach(item -> assertThat(item.path("nextDue").path("on").isTextual())
                .as(item.toString()).isTrue());

        // A lapse cannot be dated before the period is over; the rule and the day are named.
        Answer early = api.post("/api/v1/agencies/clk-wait/applications/W-supp/steps", """
                {"type": "SupplementLapsed", "on": "2021-10-22"}""");
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.body().path("field").asText()).isEqualTo("on");
        assertThat(early.body().path("detail").asText()).contains("Art. 30").contains("ends on 2021-10-22")
                .contains("no lapse can be dated before 2021-10-23");

        // Answered after the forgotten fee's period and its 20 working days: late. The forgotten supplement's reply is due
        // Thu 18 Nov (the clock ran again after 22 Oct): answered on that day, in time.
        assertThat(step("clk-wait", "W-fee", """
                {"type": "ApplicationAnswered", "on": "2021-11-12", "result": "DISCLOSED"}""").body().path("concludedLate").asBoolean())
                .isTrue();
        JsonNode supplement = step("clk-wait", "W-supp", """
                {"type": "ApplicationAnswered", "on": "2021-11-18", "result": "DISCLOSED"}""").body();
        assertThat(supplement.path("concludedLate").asBoolean()).isFalse();
        assertThat(last(api.get("/api/v1/agencies/clk-wait/applications/W-supp/history").body(), "ApplicationConcluded")
                .path("event").path("replyDueOn").asText()).isEqualTo("2021-11-18");

        // The processing statistics count the answer after the unpaid fee as late.
        JsonNode stats = api.await("/api/v1/agencies/clk-wait/processing-statistics/2021?asOf=2021-12-31",
                v -> v.path("answered").asInt() == 2, CATCH_UP).body();
        assertThat(stats.path("answeredLate").asInt()).isEqualTo(1);
        assertThat(stats.path("answeredOnTime").asInt()).isEqualTo(1);
    }

    @Test
    void aFeeWaivedInFullEndsTheWaitAndAnUnclearAnswerNeedsASupplement() {
        register("clk-waive");
        receive("clk-waive", "F-1", "2021-09-30");
        step("clk-waive", "F-1", """
                {"type": "FeeNoticeIssued", "on": "2021-10-08", "amountYuan": "200", "payBy": "2021-10-15"}""");
        JsonNode waived = step("clk-waive", "F-1", """
                {"type": "FeeWaived", "on": "2021-10-12", "reason": "ECONOMIC_HARDSHIP"}""").body();
        assertThat(waived.path("status").asText()).isEqualTo("OPEN");
        assertThat(waived.path("replyDueOn").asText()).isEqualTo("2021-11-08");
        assertThat(waived.path("replyDueExplanation").toString()).contains("2021-10-08 to 2021-10-12 fee notice unpaid: 3 working day(s) not counted");
        Answer noReason = api.post("/api/v1/agencies/clk-waive/applications/F-1/steps", """
                {"type": "FeeWaived", "on": "2021-10-12"}""");
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.body().path("field").asText()).isEqualTo("reason");

        Answer unclear = api.post("/api/v1/agencies/clk-waive/applications/F-1/steps", """
                {"type": "ApplicationAnswered", "on": "2021-10-20", "result": "UNAVAILABLE_UNCLEAR_AFTER_SUPPLEMENT"}""");
        assertThat(unclear.status()).isEqualTo(409);
        assertThat(unclear.body().path("field").asText()).isEqualTo("result");
        assertThat(unclear.body().path("detail").asText()).contains("no supplement was requested for this application (Art. 30)");
    }

    @Test
    void aCaseStoredByAnEarlierVersionReadsAndTakesStepsAsTheCurrentOne() {
        register("clk-rev1");
        // Stored by a version that wrote its counts as lines of text (revision 1 of ReplyDeadlineSet and DeadlineSet).
        String id = "clk-rev1/application/R-1";
        storeAsAnEarlierVersionDid(id, 0, "ApplicationReceived", "1", """
                {"applicationId": "%s", "receivedOn": "2021-09-30", "applicantCategory": "NATURAL_PERSON", "channel": "POST"}""".formatted(id));
        storeAsAnEarlierVersionDid(id, 1, "ReplyDeadlineSet", "1", """
                {"applicationId": "%s", "on": "2021-09-30", "due": {"on": "2021-11-03", "provisional": false, "calendarVersion": 1},
                 "explanation": ["2021-09-30 received: day 0 of 20 working days", "2021-10-01 to 2021-10-07: official holidays, not counted",
                   "2021-10-09 (Sat): make-up working day (调休上班), counted as day 2", "day 20 of 20: 2021-11-03 (Wed)",
                   "due 2021-11-03 (calendar version 1)"]}""".formatted(id));
        storeAsAnEarlierVersionDid(id, 2, "DeadlineSet", "1", """
                {"applicationId": "%s", "on": "2021-09-30", "clock": "SUPPLEMENT_NOTICE",
                 "due": {"on": "2021-10-15", "provisional": false, "calendarVersion": 1},
                 "explanation": ["2021-09-30 received: day 0 of 7 working days, supplement notice (Art. 30)",
                   "2021-10-01 to 2021-10-07: official holidays, not counted",
                   "2021-10-09 (Sat): make-up working day (调休上班), counted as day 2", "day 7 of 7: 2021-10-15 (Fri)",
                   "due 2021-10-15 (calendar version 1)"]}""".formatted(id));

        JsonNode view = api.get("/api/v1/agencies/clk-rev1/applications/R-1").body();
        assertThat(view.path("replyDueOn").asText()).isEqualTo("2021-11-03");
        assertThat(view.path("replyDueReckoning").get(0).path("step").asText()).isEqualTo("Start");
        assertThat(view.path("replyDueReckoning").get(0).path("clock").asText()).isEqualTo("REPLY");
        assertThat(view.path("replyDueExplanation").toString()).contains("2021-09-30 received: day 0 of 20 working days, reply (Art. 33)")
                .contains("2021-10-09 (Sat): make-up working day (调休上班), counted as day 2").contains("due 2021-11-03 (calendar version 1)");
        assertThat(view.path("otherDeadlines").get(0).path("reckoning").get(1).path("step").asText()).isEqualTo("Holidays");

        // The case loads through the upcaster to take a step: 3 Nov + 10 working days = Wed 17 Nov 2021.
        JsonNode extended = step("clk-rev1", "R-1", """
                {"type": "ReplyExtended", "on": "2021-10-25", "workingDays": 10}""").body();
        assertThat(extended.path("replyDueOn").asText()).isEqualTo("2021-11-17");
        JsonNode history = api.get("/api/v1/agencies/clk-rev1/applications/R-1/history").body();
        assertThat(history.get(1).path("event").path("reckoning").size()).isEqualTo(4);
    }

    @Test
    void aConsultationRecordedByAnEarlierVersionWithItsClockStoppedTurnsOverdueWhenThePartysPeriodEnds() {
        register("clk-rev1c");
        // Stored before issue 13: consulted Fri 8 Oct 2021 (opinion due Thu 28 Oct), the reply clock stopped, no due date.
        String id = "clk-rev1c/application/C-1";
        storeAsAnEarlierVersionDid(id, 0, "ApplicationReceived", "1", """
                {"applicationId": "%s", "receivedOn": "2021-09-30", "applicantCategory": "NATURAL_PERSON", "channel": "POST"}""".formatted(id));
        storeAsAnEarlierVersionDid(id, 1, "ConsultationStarted", "1", """
                {"applicationId": "%s", "on": "2021-10-08", "party": "THIRD_PARTY",
                 "opinionDue": {"on": "2021-10-28", "provisional": false, "calendarVersion": 1}}""".formatted(id));
        storeAsAnEarlierVersionDid(id, 2, "ReplyDeadlineSet", "1", """
                {"applicationId": "%s", "on": "2021-10-08", "due": null,
                 "explanation": ["2021-09-30 received: day 0 of 20 working days", "2021-10-08 consultation: clock stopped"]}""".formatted(id));
        storeAsAnEarlierVersionDid(id, 3, "DeadlineSet", "1", """
                {"applicationId": "%s", "on": "2021-10-08", "clock": "CONSULTATION_OPINION",
                 "due": {"on": "2021-10-28", "provisional": false, "calendarVersion": 1},
                 "explanation": ["2021-10-08 request for opinion sent: day 0 of 15 working days, consultation opinion (Art. 32)",
                   "2021-10-09 (Sat): make-up working day (调休上班), counted as day 1", "day 15 of 15: 2021-10-28 (Thu)",
                   "due 2021-10-28 (calendar version 1)"]}""".formatted(id));

        // When the party's period ends, the pause ends with it: the reply is due Wed 24 Nov 2021 and then overdue.
        JsonNode history = api.await("/api/v1/agencies/clk-rev1c/applications/C-1/history",
                h -> types(h).contains("ReplyOverdue"), CATCH_UP).body();
        assertThat(last(history, "ConsultationOverdue").path("event").path("on").asText()).isEqualTo("2021-10-29");
        JsonNode recounted = last(history, "ReplyDeadlineSet");
        assertThat(recounted.path("event").path("on").asText()).isEqualTo("2021-10-29");
        assertThat(recounted.path("event").path("due").path("on").asText()).isEqualTo("2021-11-24");
        assertThat(recounted.path("recordedBy").asText()).isEqualTo("statutory-clock");
        assertThat(last(history, "ReplyOverdue").path("event").path("dueOn").asText()).isEqualTo("2021-11-24");
    }

    /** Appends an event to the store as an earlier version of the service wrote it: its revision and its JSON. */
    private void storeAsAnEarlierVersionDid(String aggregate, int sequence, String type, String revision, String json) {
        jdbc.sql("""
                INSERT INTO casework.domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type, time_stamp,
                    payload_type, payload_revision, payload, meta_data)
                VALUES (:id, :aggregate, :sequence, 'ApplicationCase', '2021-09-30T02:00:00Z', :type, :revision, :payload, :meta)""")
                .param("id", java.util.UUID.randomUUID().toString()).param("aggregate", aggregate).param("sequence", sequence)
                .param("type", "org.disclosureledger.kernel.application." + type).param("revision", revision)
                .param("payload", json.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .param("meta", "{\"recordedBy\":\"an-earlier-version\",\"recordedAt\":\"2021-09-30T02:00:00Z\"}"
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .update();
    }

    private static List<String> numbers(JsonNode items) {
        List<String> numbers = new ArrayList<>();
        items.forEach(item -> numbers.add(item.path("application").asText()));
        return numbers;
    }
}
