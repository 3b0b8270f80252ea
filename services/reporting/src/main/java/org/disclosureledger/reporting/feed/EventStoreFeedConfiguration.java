package org.disclosureledger.reporting.feed;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.disclosureledger.kernel.stream.LedgerEventUpcaster;
import org.disclosureledger.reporting.projection.ProjectionFailures;
import org.disclosureledger.reporting.projection.ReportingProjection;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reporting reading the event store directly (the single node; {@code ledger.reporting.source=event-store}, the
 * default): the processing group annual-report-facts with its token kept in schema {@code reporting} beside the read
 * model (same transaction), an error handler that halts on a failing event instead of logging and skipping it, and
 * read-your-writes against the head of the store.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "ledger.reporting.source", havingValue = "event-store", matchIfMissing = true)
public class EventStoreFeedConfiguration {

    /**
     * Events stored at an earlier revision are read as their current one. On the single node casework registers the
     * same upcaster; the second of the two finds every event already current.
     */
    @Bean
    public LedgerEventUpcaster reportingEventUpcaster() {
        return new LedgerEventUpcaster();
    }

    @Bean
    public EventStoreFeed eventStoreFeed(ReportingProjection projection, ProjectionFailures failures) {
        return new EventStoreFeed(projection, failures);
    }

    @Bean
    public EventStoreCatchUp eventStoreCatchUp(EventProcessingConfiguration processing, EventStore eventStore, JdbcClient jdbc,
                                               ProjectionFailures failures) {
        return new EventStoreCatchUp(processing, eventStore, jdbc, failures);
    }

    @Bean
    public ConfigurerModule eventStoreFeedProcessing(ConnectionProvider connections, ProjectionFailures failures) {
        TokenSchema reportingTokens = TokenSchema.builder()
                .setTokenTable("reporting.token_entry")
                .setProcessorNameColumn("processor_name")
                .setSegmentColumn("segment")
                .setTokenColumn("token")
                .setTokenTypeColumn("token_type")
                .setTimestampColumn("timestamp")
                .setOwnerColumn("owner")
                .build();
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerTokenStore(EventStoreFeed.PROCESSING_GROUP, config -> JdbcTokenStore.builder()
                        .connectionProvider(connections)
                        .serializer(config.serializer())
                        .schema(reportingTokens)
                        .build())
                .registerListenerInvocationErrorHandler(EventStoreFeed.PROCESSING_GROUP, config -> (exception, event, handler) -> {
                    String position = event instanceof TrackedEventMessage<?> tracked && tracked.trackingToken() != null
                            ? "position " + tracked.trackingToken().position().orElse(-1) : "position unknown";
                    failures.failed(EventStoreFeed.NAME, event.getPayloadType().getSimpleName(), event.getIdentifier(), position,
                            exception);
                    throw exception;
                }));
    }
}
