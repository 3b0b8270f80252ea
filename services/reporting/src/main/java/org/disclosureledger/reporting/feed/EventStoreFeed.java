package org.disclosureledger.reporting.feed;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.disclosureledger.kernel.LedgerEvent;
import org.disclosureledger.kernel.RecordingMetadata;
import org.disclosureledger.reporting.projection.ProjectionFailures;
import org.disclosureledger.reporting.projection.ReportingProjection;
import org.disclosureledger.reporting.projection.StoredEvent;

/**
 * Feeds every ledger event of the event store to the {@link ReportingProjection}, in one processing group (a pooled
 * streaming processor, see reporting-defaults.properties) whose token is kept beside the read model, in the same
 * transaction. Registered only when reporting reads the event store ({@code ledger.reporting.source=event-store}).
 */
@ProcessingGroup(EventStoreFeed.PROCESSING_GROUP)
public class EventStoreFeed {
    public static final String PROCESSING_GROUP = "annual-report-facts";
    /** How the failures of this feed are named in the log. */
    public static final String NAME = "Processing group " + PROCESSING_GROUP;

    private final ReportingProjection projection;
    private final ProjectionFailures failures;

    public EventStoreFeed(ReportingProjection projection, ProjectionFailures failures) {
        this.projection = projection;
        this.failures = failures;
    }

    @EventHandler
    void on(LedgerEvent event, EventMessage<?> message) {
        long sequence = message instanceof DomainEventMessage<?> domain ? domain.getSequenceNumber() : 0;
        projection.project(new StoredEvent(message.getIdentifier(), sequence, text(message, RecordingMetadata.RECORDED_BY),
                text(message, RecordingMetadata.RECORDED_AT), event));
        String eventId = message.getIdentifier();
        CurrentUnitOfWork.ifStarted(unitOfWork -> unitOfWork.root().afterCommit(committed -> failures.projected(eventId)));
    }

    private static String text(EventMessage<?> message, String key) {
        Object value = message.getMetaData().get(key);
        return value == null ? null : value.toString();
    }
}
