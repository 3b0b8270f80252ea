package org.disclosureledger.kernel.stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/**
 * Axon's upcaster for the events of the ledger: an event stored at an earlier revision is read as its current one,
 * through the {@link EventRevisions} of its type, all of them at once. Each service that reads the event store
 * registers it (a bean of this type is picked up by Axon's Spring Boot configuration); registered twice (casework and
 * reporting in one process), the second finds nothing left to do.
 */
public class LedgerEventUpcaster extends SingleEventUpcaster {
    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return EventRevisions.upcasts(representation.getType().getName(), representation.getType().getRevision());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        String type = representation.getType().getName();
        String revision = representation.getType().getRevision();
        return representation.upcastPayload(new SimpleSerializedType(type, EventRevisions.target(type, revision)), JsonNode.class,
                payload -> EventRevisions.upcast(type, revision, (ObjectNode) payload).payload());
    }
}
