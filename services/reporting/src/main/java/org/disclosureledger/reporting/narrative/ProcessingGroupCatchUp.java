package org.disclosureledger.reporting.narrative;

import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * Waits until a streaming processing group has handled every event stored before the call, so that a read right
 * after a write sees it. Compares the position of each of the group's segments with the head of the store.
 */
@Component
public class ProcessingGroupCatchUp {
    private final EventStore eventStore;
    private final EventProcessingConfiguration processing;

    public ProcessingGroupCatchUp(EventStore eventStore, EventProcessingConfiguration processing) {
        this.eventStore = eventStore;
        this.processing = processing;
    }

    /** Returns once {@code group} has caught up with the store as it is now; throws {@link ProjectionBehind} after {@code timeout}. */
    public void await(String group, Duration timeout) {
        TrackingToken head = eventStore.createHeadToken();
        OptionalLong headPosition = head == null ? OptionalLong.empty() : head.position();
        if (headPosition.isEmpty()) {
            return;
        }
        StreamingEventProcessor processor = processing.eventProcessor(group, StreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("no streaming event processor for processing group " + group));
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!reached(group, processor.processingStatus(), headPosition.getAsLong())) {
            if (System.nanoTime() > deadline) {
                throw new ProjectionBehind(group, "has not caught up with the event store within " + timeout.toSeconds() + " s");
            }
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ProjectionBehind(group, "was being waited for when the request was interrupted");
            }
        }
    }

    private static boolean reached(String group, Map<Integer, EventTrackerStatus> segments, long head) {
        if (segments.isEmpty()) {
            return false;
        }
        for (EventTrackerStatus segment : segments.values()) {
            if (segment.isErrorState()) {
                throw new ProjectionBehind(group, "stopped on an error: " + segment.getError());
            }
            if (segment.getCurrentPosition().orElse(-1) < head) {
                return false;
            }
        }
        return true;
    }

    /** A projection that cannot answer for the store as it is now: still catching up, or stopped by an error. */
    public static class ProjectionBehind extends RuntimeException {
        public ProjectionBehind(String group, String what) {
            super("the projection " + group + " " + what);
        }
    }
}
