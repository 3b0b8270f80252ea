package org.disclosureledger.casework.application.automation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.disclosureledger.casework.support.LedgerApi.last;
import static org.disclosureledger.casework.support.LedgerApi.types;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.disclosureledger.casework.CaseworkApplication;
import org.disclosureledger.casework.support.FixedToday;
import org.disclosureledger.casework.support.LedgerApi;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A deadline survives a restart: scheduled by one run of the service (whose scheduler does not poll again), the
 * service stops, a new one starts, and the overdue event is recorded, dated from the deadline, not from the restart.
 */
class OverdueAfterRestartTest {
    private static final Duration CATCH_UP = Duration.ofSeconds(60);

    /**
     * Starts the service with the given settings as command-line arguments (above every property file), on a database
     * of its own: the cached contexts of other tests keep their schedulers polling the shared test database.
     */
    private static ConfigurableApplicationContext start(String... settings) {
        String[] arguments = new String[settings.length + 2];
        arguments[0] = "--server.port=0";
        arguments[1] = "--spring.datasource.url=jdbc:postgresql://" + System.getenv().getOrDefault("LEDGER_TEST_DB_HOST", "localhost:5432")
                + "/ledger_test_restart" + System.getenv().getOrDefault("LEDGER_TEST_DB_SUFFIX", "");
        for (int i = 0; i < settings.length; i++) {
            arguments[i + 2] = "--" + settings[i];
        }
        return new SpringApplicationBuilder(CaseworkApplication.class, FixedToday.class).run(arguments);
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    @Test
    void aDeadlineScheduledBeforeARestartFiresAfterIt() {
        String history = "/api/v1/agencies/clk-restart/applications/R-1/history";
        String moved = "/api/v1/agencies/clk-restart/applications/R-2/history";
        // The first run polls once, as it starts (before anything is recorded), then not for an hour, and never at once.
        try (ConfigurableApplicationContext first = start("db-scheduler.polling-interval=1h", "db-scheduler.immediate-execution-enabled=false",
                "db-scheduler.delay-startup-until-context-ready=false")) {
            LedgerApi api = new LedgerApi(port(first));
            assertThat(api.post("/api/v1/agencies", """
                    {"agency": "clk-restart", "name": "重启镇人民政府", "level": "TOWNSHIP"}""").status()).isEqualTo(201);
            // R-1 due Wed 3 Nov 2021: its deadline is the start of Thu 4 Nov 2021 in China, long past.
            assertThat(api.post("/api/v1/agencies/clk-restart/applications", """
                    {"application": "R-1", "receivedOn": "2021-09-30", "applicantCategory": "NATURAL_PERSON", "channel": "POST"}""")
                    .status()).isEqualTo(201);
            // R-2 is extended by 10 working days: 3 Nov + 10 = Wed 17 Nov 2021 (4-5 =1-2; 8-12 =3-7; 15-17 =8-10).
            assertThat(api.post("/api/v1/agencies/clk-restart/applications", """
                    {"application": "R-2", "receivedOn": "2021-09-30", "applicantCategory": "NATURAL_PERSON", "channel": "POST"}""")
                    .status()).isEqualTo(201);
            assertThat(api.post("/api/v1/agencies/clk-restart/applications/R-2/steps", """
                    {"type": "ReplyExtended", "on": "2021-10-25", "workingDays": 10}""").status()).isEqualTo(200);

            JdbcClient jdbc = first.getBean(JdbcClient.class);
            awaitRows(jdbc, "SELECT count(*) FROM casework.deadline_watch WHERE application = 'clk-restart/application/R-1'", 1);
            awaitRows(jdbc, "SELECT count(*) FROM casework.deadline_watch WHERE application = 'clk-restart/application/R-2' "
                    + "AND due_on = DATE '2021-11-17'", 1);
            // Every deadline kept is in the scheduler's table, the one R-2's extension replaced is gone.
            assertThat(count(jdbc, "SELECT count(*) FROM casework.scheduled_tasks WHERE task_name = 'AxonDeadline' AND task_instance IN "
                    + "(SELECT schedule_id FROM casework.deadline_watch WHERE application LIKE 'clk-restart/%')")).isEqualTo(2);
            assertThat(count(jdbc, "SELECT count(*) FROM casework.scheduled_tasks WHERE task_name = 'AxonDeadline' AND task_instance NOT IN "
                    + "(SELECT schedule_id FROM casework.deadline_watch)")).isZero();
            assertThat(types(api.get(history).body())).doesNotContain("ReplyOverdue");
        }

        try (ConfigurableApplicationContext second = start("db-scheduler.polling-interval=1s")) {
            LedgerApi api = new LedgerApi(port(second));
            JsonNode overdue = last(api.await(history, h -> types(h).contains("ReplyOverdue"), CATCH_UP).body(), "ReplyOverdue");
            assertThat(overdue.path("event").path("on").asText()).isEqualTo("2021-11-04");
            assertThat(overdue.path("event").path("dueOn").asText()).isEqualTo("2021-11-03");
            assertThat(overdue.path("recordedBy").asText()).isEqualTo("statutory-clock");

            JsonNode movedHistory = api.await(moved, h -> types(h).contains("ReplyOverdue"), CATCH_UP).body();
            assertThat(types(movedHistory).stream().filter("ReplyOverdue"::equals).count()).isEqualTo(1);
            assertThat(last(movedHistory, "ReplyOverdue").path("event").path("on").asText()).isEqualTo("2021-11-18");
        }
    }

    private static long count(JdbcClient jdbc, String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private static void awaitRows(JdbcClient jdbc, String sql, long expected) {
        org.awaitility.Awaitility.await(expected + " rows of " + sql).atMost(CATCH_UP).pollInterval(java.time.Duration.ofMillis(100))
                .until(() -> count(jdbc, sql) == expected);
    }

}
