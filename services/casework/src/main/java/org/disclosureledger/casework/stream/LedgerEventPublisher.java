package org.disclosureledger.casework.stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.serialization.AnnotationRevisionResolver;
import org.disclosureledger.casework.platform.axon.EventStoreConfiguration;
import org.disclosureledger.kernel.LedgerEvent;
import org.disclosureledger.kernel.RecordingMetadata;
import org.disclosureledger.kernel.stream.EventCatalogue;
import org.disclosureledger.kernel.stream.LedgerEventEnvelope;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;
import org.springframework.stereotype.Component;

/**
 * Publishes every stored event to Kafka for the deployments that read the ledger elsewhere (reporting). A streaming
 * processor reads the event store; the sends of a batch are awaited before its position is stored, so an event is
 * published at least once and never lost. Keyed by agency: one agency's events keep their order.
 */
@Component
@ConditionalOnProperty(name = "ledger.kafka.publish", havingValue = "true")
@ProcessingGroup(LedgerEventPublisher.PROCESSING_GROUP)
public class LedgerEventPublisher {
    public static final String PROCESSING_GROUP = "kafka-publisher";
    private static final String PENDING_SENDS = LedgerEventPublisher.class.getName() + ".pending";

    private final KafkaTemplate<String, String> kafka;
    private final ObjectMapper json = EventStoreConfiguration.messageObjectMapper();
    private final AnnotationRevisionResolver revisions = new AnnotationRevisionResolver();

    public LedgerEventPublisher(KafkaTemplate<String, String> kafka) {
        this.kafka = kafka;
    }

    @EventHandler
    void on(LedgerEvent event, EventMessage<?> message) throws JsonProcessingException {
        LedgerEventEnvelope envelope = envelope(event, message);
        pendingSends().add(kafka.send(LedgerEventEnvelope.TOPIC, envelope.agency(), json.writeValueAsString(envelope)));
    }

    LedgerEventEnvelope envelope(LedgerEvent event, EventMessage<?> message) {
        String aggregateId = message instanceof DomainEventMessage<?> domain ? domain.getAggregateIdentifier() : message.getIdentifier();
        long sequence = message instanceof DomainEventMessage<?> domain ? domain.getSequenceNumber() : 0;
        Object by = message.getMetaData().get(RecordingMetadata.RECORDED_BY);
        Object at = message.getMetaData().get(RecordingMetadata.RECORDED_AT);
        return new LedgerEventEnvelope(message.getIdentifier(), EventCatalogue.nameOf(event.getClass()),
                revisions.revisionOf(event.getClass()), event.agency().value(), aggregateId, sequence,
                message.getTimestamp().toString(), by == null ? null : by.toString(), at == null ? null : at.toString(),
                json.valueToTree(event));
    }

    /** The sends of the current batch, awaited before the batch's position is stored. */
    private List<CompletableFuture<SendResult<String, String>>> pendingSends() {
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        return batch.getOrComputeResource(PENDING_SENDS, key -> {
            List<CompletableFuture<SendResult<String, String>>> sends = new ArrayList<>();
            batch.onPrepareCommit(u -> {
                try {
                    CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
                } catch (Exception e) {
                    throw new IllegalStateException("Kafka did not acknowledge the ledger's events; the batch will be retried", e);
                }
            });
            return sends;
        });
    }
}
