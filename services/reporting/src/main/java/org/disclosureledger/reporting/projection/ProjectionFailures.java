package org.disclosureledger.reporting.projection;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.eventhandling.ListenerInvocationErrorHandler;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The error handler of the annual-report-facts group: a failing event is logged at ERROR, counted
 * ({@code ledger.reporting.projection.failures}) and remembered, then the error is rethrown so that the processor
 * stops at that event and retries it (with back-off) instead of skipping it. The failure stays unresolved until the
 * processor has got past that event.
 */
@Component
public class ProjectionFailures implements ListenerInvocationErrorHandler {
    private static final Logger LOG = LoggerFactory.getLogger(ProjectionFailures.class);

    /** A failed event: its type, id and position in the event store, the error, and when it happened. */
    public record Failure(String eventType, String eventId, long position, String error, Instant at) {
    }

    private final AtomicReference<Failure> last = new AtomicReference<>();
    private final Counter failures;

    public ProjectionFailures(MeterRegistry meters) {
        this.failures = Counter.builder("ledger.reporting.projection.failures")
                .description("events the annual report projection failed to project (it halts at each until fixed)")
                .tag("processingGroup", AnnualReportFactsHandler.PROCESSING_GROUP)
                .register(meters);
    }

    @Override
    public void onError(Exception exception, EventMessage<?> event, EventMessageHandler eventHandler) throws Exception {
        long position = event instanceof TrackedEventMessage<?> tracked && tracked.trackingToken() != null
                ? tracked.trackingToken().position().orElse(-1) : -1;
        Failure failure = new Failure(event.getPayloadType().getSimpleName(), event.getIdentifier(), position,
                exception.getClass().getSimpleName() + ": " + exception.getMessage(), Instant.now());
        last.set(failure);
        failures.increment();
        LOG.error("Processing group {} failed on {} (event {}, position {}); it halts there and retries until the cause is fixed",
                AnnualReportFactsHandler.PROCESSING_GROUP, failure.eventType(), failure.eventId(), position, exception);
        throw exception;
    }

    /** The last failure while the processor has not yet processed past it ({@code processedUpTo}: its position). */
    public Optional<Failure> unresolved(long processedUpTo) {
        Failure failure = last.get();
        if (failure != null && processedUpTo >= failure.position() && failure.position() >= 0) {
            last.compareAndSet(failure, null);
            return Optional.empty();
        }
        return Optional.ofNullable(failure);
    }
}
