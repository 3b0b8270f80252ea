package org.disclosureledger.casework.platform.recording;

import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.disclosureledger.kernel.LedgerEvent;
import org.disclosureledger.kernel.RecordingMetadata;
import org.springframework.stereotype.Component;

/** A case's events as recorded, in order, with who recorded each and when: what an auditor replays. */
@Component
public class CaseHistory {
    private final EventStore eventStore;

    public CaseHistory(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    public record Entry(long sequence, String type, LedgerEvent event, String recordedBy, String recordedAt) {
    }

    /** The case's events; empty when no case has that identifier. */
    public List<Entry> of(String aggregateIdentifier) {
        return eventStore.readEvents(aggregateIdentifier).asStream()
                .map(CaseHistory::entry)
                .toList();
    }

    private static Entry entry(DomainEventMessage<?> message) {
        Object by = message.getMetaData().get(RecordingMetadata.RECORDED_BY);
        Object at = message.getMetaData().get(RecordingMetadata.RECORDED_AT);
        return new Entry(message.getSequenceNumber(), message.getPayloadType().getSimpleName(), (LedgerEvent) message.getPayload(),
                by == null ? null : by.toString(), at == null ? null : at.toString());
    }
}
