package org.disclosureledger.node;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.disclosureledger.casework.stream.LedgerEventPublisher;
import org.disclosureledger.kernel.AgencyCode;
import org.disclosureledger.kernel.report.NarrativeSection;
import org.disclosureledger.kernel.stream.LedgerEventEnvelope;
import org.disclosureledger.reporting.feed.EventStoreFeed;
import org.disclosureledger.reporting.query.ReportNarratives;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The split deployment's path in one process: casework publishes every stored event to the topic (a real KRaft broker)
 * and reporting reads it from there, not from the event store. The golden township gives its published report; an
 * envelope delivered again changes nothing; a message of a type this version does not know halts the feed loudly and
 * is never skipped. On a database of its own; the last test leaves the feed halted, so the context is closed after.
 */
@SpringBootTest(classes = SingleNodeApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:postgresql://${LEDGER_TEST_DB_HOST:localhost:5432}/ledger_test_node_kafka${LEDGER_TEST_DB_SUFFIX:}",
        "ledger.kafka.publish=true",
        "ledger.kafka.partitions=2",
        "ledger.reporting.source=kafka",
        "ledger.reporting.kafka.retry-initial-interval=200ms",
        "ledger.reporting.kafka.retry-max-interval=1s"})
@EmbeddedKafka(kraft = true, bootstrapServersProperty = "spring.kafka.bootstrap-servers", brokerProperties = "group.initial.rebalance.delay.ms=0")
@DirtiesContext
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(OutputCaptureExtension.class)
class ReportingThroughKafkaTest {
    @Autowired
    private TestRestTemplate http;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private EventStore eventStore;
    @Autowired
    private EventProcessingConfiguration processing;
    @Autowired
    private ReportNarratives narratives;
    @Value("${spring.kafka.bootstrap-servers}")
    private String brokers;

    @Test
    @Order(1)
    void theGoldenTownshipsLedgerGivesItsPublishedReportThroughKafka() throws Exception {
        assertThat(processing.eventProcessor(EventStoreFeed.PROCESSING_GROUP)).as("no processor reads the store for reporting").isEmpty();
        LedgerClient api = new LedgerClient(http);
        assertThat(api.record(resource("hancong-2021.ndjson")).path("recorded").asInt()).isEqualTo(86);
        awaitPublished();

        assertThat(api.report("hancong", 2021)).isEqualTo(LedgerClient.json(resource("hancong-2021-report.json")));
        JsonNode health = health().path("components").path("annualReportFacts");
        assertThat(health.path("status").asText()).isEqualTo("UP");
        assertThat(health.path("details").path("source").asText()).isEqualTo("kafka");
        assertThat(jdbc.sql("SELECT count(*) FROM reporting.publication WHERE agency = 'hancong'").query(Long.class).single()).isEqualTo(85);
    }

    @Test
    @Order(2)
    void anEnvelopeDeliveredAgainChangesNothing() throws Exception {
        LedgerClient api = new LedgerClient(http);
        api.record(new Ledger().agency("kdup", "重复镇人民政府", "TOWNSHIP", null)
                .received("kdup", "A1", "2021-03-01", "NATURAL_PERSON")
                .step("FeeNoticeIssued", "kdup", "A1", "2021-03-05", "amountYuan", "20")
                .step("FeePaid", "kdup", "A1", "2021-03-08")
                .answered("kdup", "A1", "2021-03-20", "DISCLOSED")
                .line("DecisionsRecorded", "kdup", "kind", "PENALTY", "on", "2021-05-01", "count", 4)
                .line("AdministrativeFeesCollected", "kdup", "on", "2021-06-01", "amountYuan", "12.50")
                .line("InformationPublished", "kdup", "item", "1", "on", "2021-07-01", "channel", "WEBSITE"));
        reviseNarrative("kdup", "OVERVIEW", "2021年，全镇一共公开信息{{publications.total}}条。");
        awaitPublished();
        JsonNode before = api.report("kdup", 2021);
        assertThat(before.path("proactive").path("penalty").asInt()).isEqualTo(4);
        assertThat(before.path("proactive").path("administrativeFeesYuan").asText()).isEqualTo("12.50");
        assertThat(narratives.current(AgencyCode.of("kdup"), 2021)).containsKey(NarrativeSection.OVERVIEW);

        List<ConsumerRecord<String, String>> published = publishedFor("kdup");
        assertThat(published).extracting(record -> LedgerClient.json(record.value()).path("type").asText())
                .contains("AgencyRegistered", "ApplicationReceived", "FeePaid", "ApplicationConcluded", "DecisionsRecorded",
                        "AdministrativeFeesCollected", "ReportNarrativeRevised");
        try (KafkaProducer<String, String> producer = producer()) {
            for (ConsumerRecord<String, String> record : published) {
                producer.send(new ProducerRecord<>(record.topic(), record.key(), record.value())).get();
            }
        }

        assertThat(api.report("kdup", 2021)).isEqualTo(before);
        assertThat(jdbc.sql("SELECT count(*) FROM reporting.report_narrative_revision WHERE agency = 'kdup'").query(Long.class).single())
                .isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM reporting.decision_batch WHERE agency = 'kdup'").query(Long.class).single()).isEqualTo(1);
        assertThat(api.report("hancong", 2021)).isEqualTo(LedgerClient.json(resource("hancong-2021-report.json")));
    }

    @Test
    @Order(3)
    void aMessageOfAnUnknownTypeHaltsTheFeedLoudlyAndIsNeverSkipped(CapturedOutput output) throws Exception {
        LedgerClient api = new LedgerClient(http);
        api.record(new Ledger().agency("kpoison", "毒镇人民政府", "TOWNSHIP", null)
                .line("InformationPublished", "kpoison", "item", "1", "on", "2021-03-01", "channel", "WECHAT"));
        awaitPublished();
        assertThat(api.report("kpoison", 2021).path("proactive").path("publications").path("total").asInt()).isEqualTo(1);

        try (KafkaProducer<String, String> producer = producer()) {
            producer.send(new ProducerRecord<>(LedgerEventEnvelope.TOPIC, "kpoison", """
                    {"eventId":"poison-1","type":"InformationRetracted","revision":"1","agency":"kpoison","aggregateId":"kpoison/item/1",
                     "sequence":1,"storedAt":"2021-03-02T01:00:00Z","recordedBy":"someone","recordedAt":"2021-03-02T01:00:00Z",
                     "payload":{"itemId":"kpoison/item/1","on":"2021-03-02"}}""")).get();
        }
        api.record(new Ledger().line("InformationPublished", "kpoison", "item", "2", "on", "2021-04-01", "channel", "WEBSITE"));
        awaitPublished();

        JsonNode health = eventually(this::health,
                json -> json.path("components").path("annualReportFacts").path("status").asText().equals("DOWN"));
        JsonNode details = health.path("components").path("annualReportFacts").path("details");
        assertThat(details.path("failedEvent").asText()).isEqualTo("InformationRetracted poison-1");
        assertThat(details.path("error").asText()).contains("unknown event type 'InformationRetracted'");

        ResponseEntity<String> refused = api.get("/api/v1/agencies/kpoison/annual-reports/2021", MediaType.APPLICATION_JSON);
        assertThat(refused.getStatusCode().value()).isEqualTo(503);
        assertThat(LedgerClient.json(refused.getBody()).path("detail").asText()).contains("halted by a failure on InformationRetracted");
        assertThat(output.getAll()).contains("ERROR").contains("Kafka consumer group disclosure-ledger-reporting failed on InformationRetracted");

        eventually(() -> metric("ledger.reporting.projection.failures"), failures -> failures.path("measurements").path(0)
                .path("value").asDouble() >= 3);
        assertThat(jdbc.sql("SELECT count(*) FROM reporting.publication WHERE agency = 'kpoison'").query(Long.class).single())
                .as("the feed has not gone past the message it cannot read").isEqualTo(1);
    }

    /** Waits until casework's publisher has sent every event stored so far (the publisher is asynchronous). */
    private void awaitPublished() throws InterruptedException {
        long head = eventStore.createHeadToken().position().orElse(-1);
        StreamingEventProcessor publisher = processing.eventProcessor(LedgerEventPublisher.PROCESSING_GROUP, StreamingEventProcessor.class)
                .orElseThrow();
        org.awaitility.Awaitility.await("the publisher reaches position " + head).atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(20))
                .until(() -> !publisher.processingStatus().isEmpty()
                        && publisher.processingStatus().values().stream().allMatch(status -> position(status) >= head));
    }

    private static long position(EventTrackerStatus status) {
        return status.getCurrentPosition().orElse(-1);
    }

    private List<ConsumerRecord<String, String>> publishedFor(String agency) {
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers,
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + agency,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class))) {
            consumer.subscribe(List.of(LedgerEventEnvelope.TOPIC));
            long deadline = System.currentTimeMillis() + 10_000;
            boolean seenNarrative = false;
            while (!seenNarrative && System.currentTimeMillis() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if (agency.equals(record.key())) {
                        found.add(record);
                        seenNarrative |= record.value().contains("\"ReportNarrativeRevised\"");
                    }
                }
            }
        }
        return found;
    }

    private KafkaProducer<String, String> producer() {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class));
    }

    private void reviseNarrative(String agency, String section, String text) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("X-Ledger-User", "report-tests");
        ResponseEntity<String> answer = http.exchange("/api/v1/agencies/" + agency + "/annual-reports/2021/narrative/" + section,
                HttpMethod.PUT, new HttpEntity<>(Map.of("text", text, "on", "2022-01-10"), headers), String.class);
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
    }

    private JsonNode health() {
        return LedgerClient.json(http.getForEntity("/actuator/health", String.class).getBody());
    }

    private JsonNode metric(String name) {
        return LedgerClient.json(http.getForEntity("/actuator/metrics/" + name, String.class).getBody());
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = ReportingThroughKafkaTest.class.getResourceAsStream("/golden/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static JsonNode eventually(Supplier<JsonNode> read, Predicate<JsonNode> done) {
        return org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(read::get, done::test);
    }
}
