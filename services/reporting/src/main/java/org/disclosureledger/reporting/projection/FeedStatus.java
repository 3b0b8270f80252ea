package org.disclosureledger.reporting.projection;

import java.util.Map;

/**
 * Where the feed of the projection stands: whether it runs, whether its source reports an error, how far the records
 * go and how far they are projected (positions in the event store, or events in the topic; -1 when unknown), and
 * what identifies the feed (processing group, consumer group...).
 */
public record FeedStatus(boolean running, boolean inError, long recordsUpTo, long projectedUpTo, Map<String, Object> details) {
    public FeedStatus {
        details = Map.copyOf(details);
    }
}
