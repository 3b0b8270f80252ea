package org.disclosureledger.reporting.feed;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.disclosureledger.reporting.projection.FeedStatus;
import org.disclosureledger.reporting.projection.PollingCatchUp;
import org.disclosureledger.reporting.projection.ProjectionBehind;
import org.disclosureledger.reporting.projection.ProjectionFailures;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.kafka.listener.MessageListenerContainer;

/**
 * Read-your-writes between deployments: the records end at the topic's end offsets as they are at the call; they are
 * projected once the consumer group has committed at least those offsets on every partition (it commits a message's
 * offset only after its transaction). Events stored by casework but not yet published are not waited for.
 */
public class KafkaCatchUp extends PollingCatchUp<Map<TopicPartition, Long>> implements DisposableBean {
    private final Admin admin;
    private final String topic;
    private final String consumerGroup;
    private final Duration adminTimeout;
    private final MessageListenerContainer container;

    public KafkaCatchUp(Admin admin, String topic, String consumerGroup, Duration adminTimeout, MessageListenerContainer container,
                        ProjectionFailures failures) {
        super(failures);
        this.admin = admin;
        this.topic = topic;
        this.consumerGroup = consumerGroup;
        this.adminTimeout = adminTimeout;
        this.container = container;
    }

    /** The end offset of each partition of the topic (none while the topic does not exist: nothing is recorded yet). */
    @Override
    protected Map<TopicPartition, Long> recordsEnd() {
        try {
            TopicDescription description = answer(admin.describeTopics(List.of(topic)).topicNameValues().get(topic));
            Map<TopicPartition, OffsetSpec> latest = new LinkedHashMap<>();
            description.partitions().forEach(partition -> latest.put(new TopicPartition(topic, partition.partition()), OffsetSpec.latest()));
            Map<TopicPartition, ListOffsetsResultInfo> ends = answer(admin.listOffsets(latest).all());
            Map<TopicPartition, Long> offsets = new HashMap<>();
            ends.forEach((partition, end) -> offsets.put(partition, end.offset()));
            return offsets;
        } catch (UnknownTopicOrPartitionException e) {
            return Map.of();
        }
    }

    @Override
    protected Progress progress(Map<TopicPartition, Long> ends) {
        Map<TopicPartition, OffsetAndMetadata> committed = ends.isEmpty() ? Map.of() : committed();
        long records = 0;
        long projected = 0;
        for (Map.Entry<TopicPartition, Long> end : ends.entrySet()) {
            OffsetAndMetadata offset = committed.get(end.getKey());
            records += end.getValue();
            projected += Math.min(end.getValue(), offset == null ? 0 : offset.offset());
        }
        return new Progress(records, projected, projected >= records);
    }

    @Override
    public FeedStatus status() {
        Map<String, Object> details = Map.of("source", "kafka", "topic", topic, "consumerGroup", consumerGroup);
        try {
            Progress progress = progress(recordsEnd());
            return new FeedStatus(container.isRunning(), false, progress.recordsUpTo(), progress.projectedUpTo(), details);
        } catch (ProjectionBehind e) {
            Map<String, Object> withError = new HashMap<>(details);
            withError.put("streamError", e.getMessage());
            return new FeedStatus(container.isRunning(), true, -1, -1, withError);
        }
    }

    private Map<TopicPartition, OffsetAndMetadata> committed() {
        return answer(admin.listConsumerGroupOffsets(consumerGroup).partitionsToOffsetAndMetadata());
    }

    private <T> T answer(KafkaFuture<T> future) {
        try {
            return future.get(adminTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnknownTopicOrPartitionException unknown) {
                throw unknown;
            }
            throw new ProjectionBehind("the Kafka cluster could not tell how far the events go: " + e.getCause(), -1, -1);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new ProjectionBehind("the Kafka cluster did not answer within " + adminTimeout.toMillis() + " ms", -1, -1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProjectionBehind("interrupted while asking the Kafka cluster how far the events go", -1, -1);
        }
    }

    @Override
    public void destroy() {
        admin.close(Duration.ofSeconds(5));
    }
}
