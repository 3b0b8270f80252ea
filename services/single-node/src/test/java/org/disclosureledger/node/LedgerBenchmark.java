package org.disclosureledger.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How fast the ledger records an import and derives a report, each beside a baseline measured in the same run on
 * the same database: a plain JDBC batch insert of as many event-shaped rows (the floor of writing events), and a
 * plain SQL count over the projected facts (the floor of reading them). Results are appended to
 * {@code docs/benchmarks/results.md}. Not a test: run it with {@code ./ledger bench}.
 */
@EnabledIfSystemProperty(named = "ledger.benchmark", matches = "true")
@SpringBootTest(classes = SingleNodeApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LedgerBenchmark {
    private static final int CASES = Integer.getInteger("ledger.benchmark.cases", 3000);

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JdbcTemplate jdbcTemplate;

    @Test
    void importAndReport() throws IOException {
        LedgerClient api = new LedgerClient(http);
        String agency = "bench" + UUID.randomUUID().toString().substring(0, 6);
        String ledger = ledger(agency, CASES);
        int lines = (int) ledger.lines().count();
        api.record(ledger(agency + "warm", 50));

        long eventsBefore = events();
        long start = System.nanoTime();
        api.record(ledger);
        double importSeconds = seconds(start);
        long events = events() - eventsBefore;

        start = System.nanoTime();
        while (api.get("/api/v1/agencies/" + agency + "/annual-reports/2025", org.springframework.http.MediaType.APPLICATION_JSON)
                .getStatusCode().value() == 503) {
            assertThat(seconds(start)).as("the projection catches up within five minutes").isLessThan(300);
        }
        double catchUpSeconds = seconds(start);
        var report = api.report(agency, 2025);
        assertThat(LedgerClient.cell(report, "NEW_THIS_YEAR", 6)).isEqualTo(CASES);

        start = System.nanoTime();
        int reports = 20;
        for (int i = 0; i < reports; i++) {
            api.report(agency, 2025);
        }
        double reportMillis = seconds(start) * 1000 / reports;

        double baselineInsertSeconds = baselineInsert((int) events);
        start = System.nanoTime();
        for (int i = 0; i < reports; i++) {
            jdbc.sql("SELECT result, applicant_category, count(*) FROM reporting.application WHERE agency = ? GROUP BY 1, 2")
                    .param(agency).query().listOfRows();
        }
        double baselineCountMillis = seconds(start) * 1000 / reports;

        String results = String.format("""

                ## %s — %d applications, %d ledger lines, %d events (%s, %d cores, JVM %s)

                | what | measured | baseline in the same run | ratio |
                |---|---|---|---|
                | import through `POST /api/v1/imports` (one transaction, a command per line) | %.0f lines/s, %.0f events/s | JDBC batch insert of %d event-shaped rows: %.0f rows/s | %.2f |
                | projection catching up with the import (%d events), then the first report | %.1f s, %.0f events/s | | |
                | annual report JSON (calculation, checks, HTTP) | %.1f ms | SQL count over the projected facts: %.1f ms | %.1f |
                """, LocalDate.now(), CASES, lines, events, System.getProperty("os.name"), Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), lines / importSeconds, events / importSeconds, events, events / baselineInsertSeconds,
                (events / importSeconds) / (events / baselineInsertSeconds), events, catchUpSeconds, events / catchUpSeconds, reportMillis, baselineCountMillis,
                reportMillis / baselineCountMillis);
        System.out.println(results);
        Path file = Path.of(System.getProperty("ledger.benchmark.results", "../../docs/benchmarks/results.md"));
        Files.createDirectories(file.getParent());
        Files.writeString(file, results, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private long events() {
        return jdbc.sql("SELECT count(*) FROM casework.domain_event_entry").query(Long.class).single();
    }

    /** Inserts as many rows shaped like stored events (same columns, payloads of the same size) as the import made. */
    private double baselineInsert(int rows) {
        jdbc.sql("CREATE TEMP TABLE bench_event (LIKE casework.domain_event_entry INCLUDING DEFAULTS)").update();
        Integer averagePayload = jdbc.sql("SELECT avg(length(payload))::int FROM casework.domain_event_entry").query(Integer.class).single();
        byte[] payload = "x".repeat(averagePayload).getBytes(StandardCharsets.UTF_8);
        long start = System.nanoTime();
        List<Object[]> batch = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            batch.add(new Object[] {UUID.randomUUID().toString(), "bench/" + (i / 5), i % 5, "ApplicationCase",
                    Timestamp.from(Instant.now()).toString(), "org.disclosureledger.Bench", "1", payload, payload});
            if (batch.size() == 500 || i == rows - 1) {
                jdbcTemplate.batchUpdate("INSERT INTO bench_event (event_identifier, aggregate_identifier, sequence_number, type, "
                        + "time_stamp, payload_type, payload_revision, payload, meta_data) VALUES (?,?,?,?,?,?,?,?,?)", batch);
                batch.clear();
            }
        }
        double seconds = seconds(start);
        jdbc.sql("DROP TABLE bench_event").update();
        return seconds;
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    /** {@code cases} applications of 2025: received, a third consulted, all answered; about three lines each. */
    private static String ledger(String agency, int cases) {
        Random random = new Random(cases);
        StringBuilder file = new StringBuilder("{\"type\":\"AgencyRegistered\",\"agency\":\"" + agency
                + "\",\"name\":\"基准测试局\",\"level\":\"DEPARTMENT\"}\n");
        String[] categories = {"NATURAL_PERSON", "COMMERCIAL_ENTERPRISE", "RESEARCH_INSTITUTION", "OTHER_ORGANIZATION"};
        String[] results = {"DISCLOSED", "PARTIALLY_DISCLOSED", "UNAVAILABLE_NOT_HELD", "NOT_PROCESSED_DUPLICATE"};
        for (int n = 0; n < cases; n++) {
            LocalDate received = LocalDate.of(2025, 1, 6).plusDays(random.nextInt(300));
            String at = "\"agency\":\"" + agency + "\",\"application\":\"B" + n + "\"";
            file.append("{\"type\":\"ApplicationReceived\",").append(at).append(",\"receivedOn\":\"").append(received)
                    .append("\",\"applicantCategory\":\"").append(categories[random.nextInt(categories.length)])
                    .append("\",\"channel\":\"ONLINE\"}\n");
            if (n % 3 == 0) {
                file.append("{\"type\":\"ConsultationStarted\",").append(at).append(",\"on\":\"").append(received.plusDays(2))
                        .append("\",\"party\":\"THIRD_PARTY\"}\n");
                file.append("{\"type\":\"ConsultationEnded\",").append(at).append(",\"on\":\"").append(received.plusDays(9)).append("\"}\n");
            }
            file.append("{\"type\":\"ApplicationAnswered\",").append(at).append(",\"on\":\"").append(received.plusDays(20))
                    .append("\",\"result\":\"").append(results[random.nextInt(results.length)]).append("\"}\n");
        }
        return file.toString();
    }
}
