package org.disclosureledger.reporting.projection;

import java.time.Duration;

/**
 * Read-your-writes for the reporting read model, whatever feeds it: the event store on a single node, the Kafka topic
 * between deployments. A read first waits until the projection reflects every event recorded before the call.
 */
public interface ProjectionCatchUp {
    /**
     * Returns once every event recorded before the call has been projected; throws {@link ProjectionBehind} when that
     * has not happened within {@code timeout}, and at once when the projection is halted by a failure.
     */
    void await(Duration timeout);

    /** Where the feed stands now, for the health of the projection. */
    FeedStatus status();
}
