package org.disclosureledger.reporting.projection;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The failures of the projection, whatever feeds it: a failing event is logged at ERROR, counted
 * ({@code ledger.reporting.projection.failures}) and remembered; the feed then stops at that event and retries it (with
 * back-off) instead of skipping it. The failure stays unresolved until that very event has been projected.
 */
@Component
public class ProjectionFailures {
    private static final Logger LOG = LoggerFactory.getLogger(ProjectionFailures.class);

    /** A failed event: its type, id and where the feed stands on it, the error, and when it happened. */
    public record Failure(String eventType, String eventId, String position, String error, Instant at) {
    }

    private final AtomicReference<Failure> last = new AtomicReference<>();
    private final Counter failures;

    public ProjectionFailures(MeterRegistry meters, @Value("${ledger.reporting.source:event-store}") String source) {
        this.failures = Counter.builder("ledger.reporting.projection.failures")
                .description("events the annual report projection failed to project (it halts at each until fixed)")
                .tag("source", source)
                .register(meters);
    }

    /**
     * Records that {@code feed} (as named in the log, e.g. "Processing group annual-report-facts") failed on an event;
     * the caller then rethrows so that the feed halts there.
     */
    public void failed(String feed, String eventType, String eventId, String position, Throwable error) {
        Failure failure = new Failure(eventType, eventId, position, error.getClass().getSimpleName() + ": " + error.getMessage(),
                Instant.now());
        last.set(failure);
        failures.increment();
        LOG.error("{} failed on {} (event {}, {}); it halts there and retries until the cause is fixed", feed, eventType,
                eventId, position, error);
    }

    /** The event was projected: a failure on it is resolved. */
    public void projected(String eventId) {
        Failure failure = last.get();
        if (failure != null && failure.eventId() != null && failure.eventId().equals(eventId)) {
            last.compareAndSet(failure, null);
        }
    }

    /** The last failure, while the event it happened on has not been projected. */
    public Optional<Failure> unresolved() {
        return Optional.ofNullable(last.get());
    }
}
