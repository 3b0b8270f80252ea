package org.disclosureledger.reporting.feed;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.disclosureledger.kernel.stream.LedgerEventEnvelope;
import org.disclosureledger.reporting.projection.ProjectionFailures;
import org.disclosureledger.reporting.projection.ReportingProjection;
import org.disclosureledger.reporting.projection.StoredEvent;
import org.springframework.kafka.listener.MessageListener;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Feeds the events of the topic to the {@link ReportingProjection}, one message at a time in a database transaction of
 * its own. The topic delivers at least once; the projection's upserts make a second delivery change nothing. A message
 * that cannot be read or projected is recorded as a failure and rethrown: the container's error handler then retries it
 * with back-off, and the partition goes no further until it passes (its offset is never committed before).
 */
public class KafkaFeed implements MessageListener<String, String> {
    private final ReportingProjection projection;
    private final ProjectionFailures failures;
    private final TransactionTemplate transaction;
    private final EnvelopeReader reader = new EnvelopeReader();
    private final String name;

    public KafkaFeed(ReportingProjection projection, ProjectionFailures failures, PlatformTransactionManager transactions,
                     String consumerGroup) {
        this.projection = projection;
        this.failures = failures;
        this.transaction = new TransactionTemplate(transactions);
        this.name = "Kafka consumer group " + consumerGroup;
    }

    @Override
    public void onMessage(ConsumerRecord<String, String> message) {
        String type = "an unread message";
        String eventId = null;
        try {
            LedgerEventEnvelope envelope = reader.envelope(message.value());
            type = envelope.type();
            eventId = envelope.eventId();
            StoredEvent event = reader.event(envelope);
            transaction.executeWithoutResult(status -> projection.project(event));
        } catch (RuntimeException e) {
            failures.failed(name, type, eventId, message.topic() + "-" + message.partition() + " offset " + message.offset(), e);
            throw e;
        }
        failures.projected(eventId);
    }
}
