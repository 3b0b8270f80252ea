package org.disclosureledger.kernel.stream;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One event of the ledger as it travels between deployments (Kafka topic {@value #TOPIC}): the event's identity, its
 * type and revision (to read {@code payload} with), the case it belongs to and its place there, and who recorded it
 * and when. Consumers apply each event at least once, so they must be idempotent on {@code eventId}.
 */
public record LedgerEventEnvelope(String eventId, String type, String revision, String agency, String aggregateId,
                                  long sequence, String storedAt, String recordedBy, String recordedAt, JsonNode payload) {
    public static final String TOPIC = "disclosure-ledger.events.v1";
}
