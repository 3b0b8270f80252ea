package org.disclosureledger.reporting.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import org.axonframework.serialization.AnnotationRevisionResolver;
import org.disclosureledger.kernel.LedgerEvent;
import org.disclosureledger.kernel.stream.EventCatalogue;
import org.disclosureledger.kernel.stream.EventRevisions;
import org.disclosureledger.kernel.stream.LedgerEventEnvelope;
import org.disclosureledger.kernel.stream.LedgerEventJson;
import org.disclosureledger.reporting.projection.StoredEvent;

/**
 * Turns a message of the topic into the event it carries: the envelope, then its payload read as the kernel event its
 * type names in the {@link EventCatalogue}, with the JSON settings the events were written with ({@link LedgerEventJson});
 * a payload of an earlier revision is brought to the current one by the kernel's {@link EventRevisions}.
 * A type this version does not know, a revision it cannot read or a payload that does not read is an
 * {@link UnreadableEvent}, never a skipped message.
 */
public class EnvelopeReader {
    private final ObjectMapper json = LedgerEventJson.objectMapper();
    private final AnnotationRevisionResolver revisions = new AnnotationRevisionResolver();

    public LedgerEventEnvelope envelope(String message) {
        if (message == null) {
            throw new UnreadableEvent("an empty message is no envelope of the ledger");
        }
        try {
            LedgerEventEnvelope envelope = json.readValue(message, LedgerEventEnvelope.class);
            if (envelope == null || envelope.type() == null || envelope.eventId() == null || envelope.payload() == null) {
                throw new UnreadableEvent("not an envelope of the ledger (type, eventId and payload are required): " + abbreviated(message));
            }
            return envelope;
        } catch (JsonProcessingException e) {
            throw new UnreadableEvent("not an envelope of the ledger: " + e.getOriginalMessage(), e);
        }
    }

    public StoredEvent event(LedgerEventEnvelope envelope) {
        Class<? extends LedgerEvent> type = EventCatalogue.type(envelope.type()).orElseThrow(() -> new UnreadableEvent(
                "unknown event type '" + envelope.type() + "': not in the event catalogue of this version"));
        String revision = revisions.revisionOf(type);
        JsonNode payload = envelope.payload();
        if (!Objects.equals(revision, envelope.revision()) && envelope.revision() != null && payload.isObject()
                && Objects.equals(EventRevisions.target(type.getName(), envelope.revision()), revision)) {
            try {
                payload = EventRevisions.upcast(type.getName(), envelope.revision(), (ObjectNode) payload).payload();
            } catch (IllegalArgumentException e) {
                throw new UnreadableEvent(envelope.type() + " " + envelope.eventId() + " of revision " + envelope.revision()
                        + " cannot be brought to revision " + revision + ": " + e.getMessage(), e);
            }
        } else if (!Objects.equals(revision, envelope.revision())) {
            throw new UnreadableEvent(envelope.type() + " revision " + envelope.revision() + " cannot be read by this version, "
                    + "which reads revision " + revision);
        }
        LedgerEvent event;
        try {
            event = json.treeToValue(payload, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new UnreadableEvent("the payload of " + envelope.type() + " " + envelope.eventId() + " does not read: "
                    + e.getMessage(), e);
        }
        if (event == null || !event.agency().value().equals(envelope.agency())) {
            throw new UnreadableEvent(envelope.type() + " " + envelope.eventId() + " is keyed by agency " + envelope.agency()
                    + " but its payload names " + (event == null ? "none" : event.agency().value()));
        }
        return new StoredEvent(envelope.eventId(), envelope.sequence(), envelope.recordedBy(), envelope.recordedAt(), event);
    }

    private static String abbreviated(String message) {
        return message.length() <= 200 ? message : message.substring(0, 200) + "…";
    }
}
