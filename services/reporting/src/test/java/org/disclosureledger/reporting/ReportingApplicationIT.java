package org.disclosureledger.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.disclosureledger.kernel.LedgerEvent;
import org.disclosureledger.kernel.AgencyCode;
import org.disclosureledger.kernel.agency.AgencyLevel;
import org.disclosureledger.kernel.agency.AgencyRegistered;
import org.disclosureledger.kernel.proactive.DecisionKind;
import org.disclosureledger.kernel.proactive.DecisionsRecorded;
import org.disclosureledger.kernel.proactive.InformationPublished;
import org.disclosureledger.kernel.proactive.PublicationChannel;
import org.disclosureledger.kernel.proactive.PublishedItemId;
import org.disclosureledger.kernel.stream.EventCatalogue;
import org.disclosureledger.kernel.stream.LedgerEventEnvelope;
import org.disclosureledger.kernel.stream.LedgerEventJson;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.ResponseEntity;
import org.springframework.kafka.test.context.EmbeddedKafka;

/**
 * The reporting application on its own: no event store and no Axon processor, the ledger read from the topic (a real
 * KRaft broker) into its own database, a report that waits for the messages published before it was asked for.
 */
@SpringBootTest(classes = ReportingApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedKafka(kraft = true, partitions = 2, topics = LedgerEventEnvelope.TOPIC, bootstrapServersProperty = "spring.kafka.bootstrap-servers",
        brokerProperties = "group.initial.rebalance.delay.ms=0")
class ReportingApplicationIT {
    private static final ObjectMapper JSON = LedgerEventJson.objectMapper();

    @Autowired
    private TestRestTemplate http;
    @Autowired
    private ApplicationContext context;
    @Value("${spring.kafka.bootstrap-servers}")
    private String brokers;

    @Test
    void readsTheLedgerFromKafkaIntoItsOwnDatabaseWithoutAnEventStore() throws Exception {
        assertThat(context.getBeansOfType(EventStore.class)).isEmpty();
        assertThat(context.getBean(EventProcessingConfiguration.class).eventProcessors()).isEmpty();

        AgencyCode agency = AgencyCode.of("alone");
        DecisionsRecorded penalties = new DecisionsRecorded(agency, DecisionKind.PENALTY, LocalDate.of(2021, 5, 1), 3);
        try (KafkaProducer<String, String> producer = producer()) {
            send(producer, new AgencyRegistered(agency, "独立镇人民政府", AgencyLevel.TOWNSHIP, null, LocalDate.of(2020, 1, 1)), "e-agency", 0);
            send(producer, new InformationPublished(PublishedItemId.of(agency, "1"), LocalDate.of(2021, 3, 1), PublicationChannel.WECHAT, null), "e-item-1", 0);
            send(producer, new InformationPublished(PublishedItemId.of(agency, "2"), LocalDate.of(2021, 4, 1), PublicationChannel.WEBSITE, null), "e-item-2", 0);
            send(producer, penalties, "e-penalties", 0);
        }

        JsonNode report = report("/api/v1/agencies/alone/annual-reports/2021");
        assertThat(report.path("agencyName").asText()).isEqualTo("独立镇人民政府");
        assertThat(report.path("proactive").path("publications").path("total").asInt()).isEqualTo(2);
        assertThat(report.path("proactive").path("penalty").asInt()).isEqualTo(3);

        JsonNode health = JSON.readTree(http.getForEntity("/actuator/health", String.class).getBody())
                .path("components").path("annualReportFacts");
        assertThat(health.path("status").asText()).isEqualTo("UP");
        assertThat(health.path("details").path("source").asText()).isEqualTo("kafka");
        assertThat(health.path("details").path("consumerGroup").asText()).isEqualTo("disclosure-ledger-reporting");
        assertThat(health.path("details").path("projectedUpTo").asLong()).isEqualTo(4);
    }

    private JsonNode report(String path) throws Exception {
        ResponseEntity<String> answer = http.getForEntity(path, String.class);
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
        return JSON.readTree(answer.getBody());
    }

    private KafkaProducer<String, String> producer() {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class));
    }

    /** Publishes one event as casework does: in its envelope, keyed by its agency; waits for the broker's acknowledgement. */
    private static void send(KafkaProducer<String, String> producer, LedgerEvent event, String eventId, long sequence) throws Exception {
        LedgerEventEnvelope envelope = new LedgerEventEnvelope(eventId + "-" + UUID.randomUUID(), EventCatalogue.nameOf(event.getClass()), "1",
                event.agency().value(), eventId, sequence, "2022-01-05T01:00:00Z", "report-tests", "2022-01-05T01:00:00Z",
                JSON.valueToTree(event));
        producer.send(new ProducerRecord<>(LedgerEventEnvelope.TOPIC, envelope.agency(), JSON.writeValueAsString(envelope))).get();
    }
}
