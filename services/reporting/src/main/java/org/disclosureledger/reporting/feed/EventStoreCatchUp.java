package org.disclosureledger.reporting.feed;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.disclosureledger.reporting.projection.FeedStatus;
import org.disclosureledger.reporting.projection.PollingCatchUp;
import org.disclosureledger.reporting.projection.ProjectionFailures;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Read-your-writes on a single node: the records end at the head of the event store; they are projected once every
 * segment of the processing group has processed up to that position.
 */
public class EventStoreCatchUp extends PollingCatchUp<Long> {
    /** Where the processor stands: the position every segment has reached (-1 when one has none), and whether it runs. */
    record Position(long processedUpTo, int segments, boolean running, boolean inError) {
    }

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final JdbcClient jdbc;

    public EventStoreCatchUp(EventProcessingConfiguration processing, EventStore eventStore, JdbcClient jdbc,
                             ProjectionFailures failures) {
        super(failures);
        this.processing = processing;
        this.eventStore = eventStore;
        this.jdbc = jdbc;
    }

    /** The position of the last event stored, or -1 when the store is empty. */
    @Override
    protected Long recordsEnd() {
        TrackingToken head = eventStore.createHeadToken();
        return head == null ? -1 : head.position().orElse(-1);
    }

    @Override
    protected Progress progress(Long head) {
        long processed = position().processedUpTo();
        return new Progress(head, processed, processed >= head);
    }

    @Override
    public FeedStatus status() {
        Position position = position();
        return new FeedStatus(position.running(), position.inError(), recordsEnd(), position.processedUpTo(),
                Map.of("source", "event-store", "processingGroup", EventStoreFeed.PROCESSING_GROUP, "segments", position.segments()));
    }

    Position position() {
        Optional<StreamingEventProcessor> found = processing.eventProcessor(EventStoreFeed.PROCESSING_GROUP,
                StreamingEventProcessor.class);
        if (found.isEmpty()) {
            return new Position(-1, 0, false, false);
        }
        StreamingEventProcessor processor = found.get();
        Map<Integer, EventTrackerStatus> statuses = processor.processingStatus();
        List<Integer> segments = jdbc.sql("SELECT segment FROM reporting.token_entry WHERE processor_name = ?")
                .param(EventStoreFeed.PROCESSING_GROUP)
                .query(Integer.class)
                .list();
        long processed = segments.isEmpty() ? -1 : Long.MAX_VALUE;
        boolean inError = processor.isError();
        for (Integer segment : segments) {
            EventTrackerStatus status = statuses.get(segment);
            inError |= status != null && status.isErrorState();
            TrackingToken token = status == null ? null : status.getTrackingToken();
            processed = Math.min(processed, token == null ? -1 : token.position().orElse(-1));
        }
        return new Position(processed, segments.size(), processor.isRunning(), inError);
    }
}
