package org.disclosureledger.reporting.feed;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.disclosureledger.kernel.stream.LedgerEventEnvelope;
import org.disclosureledger.reporting.projection.ProjectionFailures;
import org.disclosureledger.reporting.projection.ReportingProjection;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * Reporting reading the Kafka topic ({@code ledger.reporting.source=kafka}; docs/adr/0007): a listener container of the
 * consumer group {@code ledger.reporting.kafka.consumer-group} that reads the topic from its beginning and feeds the
 * {@link KafkaFeed}; an error handler that retries a failing message with back-off for ever and never skips it; and
 * read-your-writes against the topic's end offsets. No Axon processor is registered in this mode.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "ledger.reporting.source", havingValue = "kafka")
public class KafkaFeedConfiguration {

    @Bean
    public KafkaFeed kafkaFeed(ReportingProjection projection, ProjectionFailures failures, PlatformTransactionManager transactions,
                               @Value("${ledger.reporting.kafka.consumer-group}") String consumerGroup) {
        return new KafkaFeed(projection, failures, transactions, consumerGroup);
    }

    /**
     * The consumers take the connection settings of {@code spring.kafka.*} and add their own: strings, from the
     * beginning of the topic (retention is for ever), offsets committed by the container after each batch of messages
     * has been projected, never automatically.
     */
    @Bean
    public ConcurrentMessageListenerContainer<String, String> reportingEventsListener(
            ConsumerFactory<?, ?> consumers, KafkaFeed feed,
            @Value("${ledger.reporting.kafka.consumer-group}") String consumerGroup,
            @Value("${ledger.reporting.kafka.concurrency}") int concurrency,
            @Value("${ledger.reporting.kafka.retry-initial-interval}") Duration firstRetry,
            @Value("${ledger.reporting.kafka.retry-max-interval}") Duration longestRetry) {
        Map<String, Object> settings = new HashMap<>(consumers.getConfigurationProperties());
        settings.put(ConsumerConfig.GROUP_ID_CONFIG, consumerGroup);
        settings.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        settings.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        settings.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);

        ContainerProperties properties = new ContainerProperties(LedgerEventEnvelope.TOPIC);
        properties.setGroupId(consumerGroup);
        properties.setAckMode(ContainerProperties.AckMode.BATCH);
        properties.setMessageListener(feed);

        ConcurrentMessageListenerContainer<String, String> container =
                new ConcurrentMessageListenerContainer<>(new DefaultKafkaConsumerFactory<>(settings), properties);
        container.setConcurrency(concurrency);
        container.setCommonErrorHandler(neverSkipping(firstRetry, longestRetry));
        return container;
    }

    /**
     * Retries the failing message (and the rest of its partition after it) with exponential back-off, without end: every
     * exception counts as retryable, and should the back-off ever stop, the recoverer refuses, so the message is sought
     * again rather than acknowledged.
     */
    static DefaultErrorHandler neverSkipping(Duration firstRetry, Duration longestRetry) {
        ExponentialBackOff backOff = new ExponentialBackOff(firstRetry.toMillis(), 2.0);
        backOff.setMaxInterval(longestRetry.toMillis());
        DefaultErrorHandler handler = new DefaultErrorHandler((message, error) -> {
            throw new IllegalStateException("the reporting feed never skips a message (" + message.topic() + "-" + message.partition()
                    + " offset " + message.offset() + ")", error);
        }, backOff);
        handler.setClassifications(Map.of(), true);
        return handler;
    }

    @Bean
    public KafkaCatchUp kafkaCatchUp(KafkaAdmin kafkaAdmin, ConcurrentMessageListenerContainer<String, String> reportingEventsListener,
                                     ProjectionFailures failures,
                                     @Value("${ledger.reporting.kafka.consumer-group}") String consumerGroup,
                                     @Value("${ledger.reporting.kafka.admin-timeout}") Duration adminTimeout) {
        return new KafkaCatchUp(Admin.create(kafkaAdmin.getConfigurationProperties()), LedgerEventEnvelope.TOPIC, consumerGroup,
                adminTimeout, reportingEventsListener, failures);
    }
}
