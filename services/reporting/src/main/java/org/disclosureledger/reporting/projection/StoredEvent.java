package org.disclosureledger.reporting.projection;

import java.util.Objects;
import org.disclosureledger.kernel.LedgerEvent;

/**
 * One event of the ledger as the projection receives it, whatever delivered it: its id, its place in its case
 * ({@code sequence}, 0 for an event of no case), who recorded it and when (ISO instant; either may be absent), and the
 * kernel event itself.
 */
public record StoredEvent(String eventId, long sequence, String recordedBy, String recordedAt, LedgerEvent event) {
    public StoredEvent {
        Objects.requireNonNull(event, "event");
        if (eventId == null || eventId.isBlank()) {
            throw new IllegalArgumentException(event.getClass().getSimpleName() + " comes without the id of its event");
        }
    }

    /** The event's type by its name in the stream (the record's simple name). */
    public String type() {
        return event.getClass().getSimpleName();
    }
}
