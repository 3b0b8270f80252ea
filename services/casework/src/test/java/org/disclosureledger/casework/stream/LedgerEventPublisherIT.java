package org.disclosureledger.casework.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.disclosureledger.kernel.stream.LedgerEventEnvelope;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.web.servlet.MockMvc;

/** Events recorded through the import reach the Kafka topic (a real KRaft broker), complete and in their order. */
@SpringBootTest(properties = "ledger.kafka.publish=true")
@AutoConfigureMockMvc
@EmbeddedKafka(kraft = true, partitions = 1, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
class LedgerEventPublisherIT {
    @Autowired
    MockMvc api;
    @Value("${spring.kafka.bootstrap-servers}")
    String brokers;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void everyRecordedEventIsPublishedWithItsRecordingAndOrder() throws Exception {
        String agency = "k" + UUID.randomUUID().toString().substring(0, 8);
        api.perform(post("/api/v1/imports").header("X-Ledger-User", "li.clerk").contentType("application/x-ndjson").content("""
                {"type":"AgencyRegistered","agency":"%1$s","name":"测试局","level":"DEPARTMENT"}
                {"type":"ApplicationReceived","agency":"%1$s","application":"A1","receivedOn":"2023-03-01","applicantCategory":"NATURAL_PERSON","channel":"POST","applicantName":"赵六"}
                {"type":"ApplicationAnswered","agency":"%1$s","application":"A1","on":"2023-03-10","result":"DISCLOSED"}
                {"type":"DecisionsRecorded","agency":"%1$s","kind":"PENALTY","on":"2023-03-01","count":4}
                """.formatted(agency))).andExpect(status().isOk());

        List<LedgerEventEnvelope> published = consume(agency, "ApplicationConcluded");

        assertThat(published).extracting(LedgerEventEnvelope::type).contains("AgencyRegistered", "ApplicationReceived",
                "ReplyDeadlineSet", "ApplicationAnswered", "ApplicationConcluded", "DecisionsRecorded");
        List<LedgerEventEnvelope> ofTheCase = published.stream().filter(e -> e.aggregateId().equals(agency + "/application/A1")).toList();
        assertThat(ofTheCase).extracting(LedgerEventEnvelope::sequence)
                .containsExactlyElementsOf(java.util.stream.LongStream.range(0, ofTheCase.size()).boxed().toList());
        assertThat(ofTheCase.get(ofTheCase.size() - 1).type()).isEqualTo("ApplicationConcluded");
        LedgerEventEnvelope receipt = ofTheCase.get(0);
        assertThat(receipt.revision()).isEqualTo("1");
        assertThat(receipt.recordedBy()).isEqualTo("li.clerk");
        assertThat(receipt.recordedAt()).isNotBlank();
        assertThat(receipt.payload().path("receivedOn").asText()).isEqualTo("2023-03-01");
        assertThat(receipt.payload().toString()).doesNotContain("赵六");
        assertThat(published).allSatisfy(envelope -> assertThat(json.writeValueAsString(envelope)).doesNotContain("赵六"));
    }

    /** The agency's events as published, up to the first of type {@code last} (the agency's events keep their order). */
    private List<LedgerEventEnvelope> consume(String agency, String last) throws Exception {
        List<LedgerEventEnvelope> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers,
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + agency,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class))) {
            consumer.subscribe(List.of(LedgerEventEnvelope.TOPIC));
            long deadline = System.currentTimeMillis() + 30_000;
            while (found.stream().noneMatch(e -> e.type().equals(last)) && System.currentTimeMillis() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (agency.equals(record.key())) {
                        found.add(json.readValue(record.value(), LedgerEventEnvelope.class));
                    }
                }
            }
        }
        return found;
    }
}
