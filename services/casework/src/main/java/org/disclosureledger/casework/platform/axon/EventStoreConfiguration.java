package org.disclosureledger.casework.platform.axon;

import com.fasterxml.jackson.databind.ObjectMapper;
import javax.sql.DataSource;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.disclosureledger.kernel.RecordingMetadata;
import org.disclosureledger.kernel.stream.LedgerEventJson;
import org.disclosureledger.kernel.stream.LedgerEventUpcaster;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * The event store: Axon's JDBC engine on PostgreSQL with the snake_case schema that Flyway owns
 * ({@code db/casework}), Jackson for every message with an ObjectMapper of its own (tuning Boot's JSON never
 * changes stored events), and who-recorded-it-when copied from each command to the events it produced.
 */
@Configuration(proxyBeanMethods = false)
public class EventStoreConfiguration {

    @Bean
    public EventSchema eventSchema() {
        return EventSchema.builder()
                .eventTable("casework.domain_event_entry")
                .snapshotTable("casework.snapshot_event_entry")
                .globalIndexColumn("global_index")
                .eventIdentifierColumn("event_identifier")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .typeColumn("type")
                .timestampColumn("time_stamp")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .build();
    }

    /**
     * Connections from Spring's transaction, with no wrapper of Axon's that commits or rolls back the physical
     * connection at the end of each unit of work: an import records many commands in one transaction (with a
     * savepoint per line) and must be able to roll all of them back.
     */
    @Bean
    public ConnectionProvider connectionProvider(DataSource dataSource) {
        return new SpringDataSourceConnectionProvider(dataSource);
    }

    @Bean
    public TokenSchema tokenSchema() {
        return TokenSchema.builder()
                .setTokenTable("casework.token_entry")
                .setProcessorNameColumn("processor_name")
                .setSegmentColumn("segment")
                .setTokenColumn("token")
                .setTokenTypeColumn("token_type")
                .setTimestampColumn("timestamp")
                .setOwnerColumn("owner")
                .build();
    }

    /** The mapper of stored messages, the kernel's {@link LedgerEventJson}: ISO dates, no failure on fields added by later revisions. */
    public static ObjectMapper messageObjectMapper() {
        return LedgerEventJson.objectMapper();
    }

    @Bean
    @Primary
    public Serializer serializer() {
        return jackson();
    }

    @Bean
    @Qualifier("eventSerializer")
    public Serializer eventSerializer() {
        return jackson();
    }

    @Bean
    @Qualifier("messageSerializer")
    public Serializer messageSerializer() {
        return jackson();
    }

    private static Serializer jackson() {
        return JacksonSerializer.builder().objectMapper(messageObjectMapper()).build();
    }

    /** Events stored at an earlier revision are read as their current one (the kernel's {@code EventRevisions}). */
    @Bean
    public LedgerEventUpcaster ledgerEventUpcaster() {
        return new LedgerEventUpcaster();
    }

    @Bean
    public CorrelationDataProvider messageOriginProvider() {
        return new MessageOriginProvider();
    }

    @Bean
    public CorrelationDataProvider recordingProvider() {
        return new SimpleCorrelationDataProvider(RecordingMetadata.RECORDED_BY, RecordingMetadata.RECORDED_AT);
    }
}
