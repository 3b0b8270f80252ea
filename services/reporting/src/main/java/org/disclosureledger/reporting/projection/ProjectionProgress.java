package org.disclosureledger.reporting.projection;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How far the annual-report-facts processor has got in the event store, and read-your-writes for reports: before
 * a report is computed, wait (bounded) until the processor has processed every event stored before the request.
 */
@Component
public class ProjectionProgress {
    private static final long POLL_MILLIS = 20;

    /** Where the processor stands: the position every segment has reached (-1 when one has none), and whether it runs. */
    public record Position(long processedUpTo, int segments, boolean running, boolean inError) {
    }

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final JdbcClient jdbc;
    private final ProjectionFailures failures;

    public ProjectionProgress(EventProcessingConfiguration processing, EventStore eventStore, JdbcClient jdbc,
                              ProjectionFailures failures) {
        this.processing = processing;
        this.eventStore = eventStore;
        this.jdbc = jdbc;
        this.failures = failures;
    }

    /** The position of the last event stored, or -1 when the store is empty. */
    public long head() {
        TrackingToken head = eventStore.createHeadToken();
        return head == null ? -1 : head.position().orElse(-1);
    }

    public Position position() {
        Optional<StreamingEventProcessor> found = processing.eventProcessor(AnnualReportFactsHandler.PROCESSING_GROUP,
                StreamingEventProcessor.class);
        if (found.isEmpty()) {
            return new Position(-1, 0, false, false);
        }
        StreamingEventProcessor processor = found.get();
        Map<Integer, EventTrackerStatus> statuses = processor.processingStatus();
        List<Integer> segments = jdbc.sql("SELECT segment FROM reporting.token_entry WHERE processor_name = ?")
                .param(AnnualReportFactsHandler.PROCESSING_GROUP)
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

    /** The failure that keeps the processor, standing at {@code position}, from going on, if any. */
    public Optional<ProjectionFailures.Failure> failure(Position position) {
        return failures.unresolved(position.processedUpTo());
    }

    /**
     * Returns once the processor has processed every event stored when this was called; throws
     * {@link ProjectionBehind} when it has not within {@code timeout}, at once when it is failing.
     */
    public void awaitHead(Duration timeout) {
        long head = head();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Position position = position();
            if (position.processedUpTo() >= head) {
                return;
            }
            Optional<ProjectionFailures.Failure> failure = failure(position);
            if (failure.isPresent()) {
                throw new ProjectionBehind("the annual report projection is halted by a failure on " + failure.get().eventType()
                        + " (event " + failure.get().eventId() + ", position " + failure.get().position() + "): "
                        + failure.get().error(), head, position.processedUpTo());
            }
            if (System.nanoTime() > deadline) {
                throw new ProjectionBehind("the annual report projection has not caught up with the records within "
                        + timeout.toMillis() + " ms", head, position.processedUpTo());
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ProjectionBehind("interrupted while waiting for the annual report projection", head, position.processedUpTo());
            }
        }
    }

    /** The projection is behind the records a report must reflect: the report would be stale, so none is given. */
    public static class ProjectionBehind extends RuntimeException {
        private final long head;
        private final long processedUpTo;

        public ProjectionBehind(String message, long head, long processedUpTo) {
            super(message + " (records up to position " + head + ", projected up to " + processedUpTo + ")");
            this.head = head;
            this.processedUpTo = processedUpTo;
        }

        public long head() {
            return head;
        }

        public long processedUpTo() {
            return processedUpTo;
        }
    }
}
