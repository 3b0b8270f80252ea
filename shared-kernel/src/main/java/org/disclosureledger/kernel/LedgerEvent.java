package org.disclosureledger.kernel;

import java.time.LocalDate;

/**
 * Every event of the ledger names its agency and the business date it happened on (the date the law and the
 * report count). Who recorded it and when travel in the event's metadata: {@link RecordingMetadata}.
 */
public interface LedgerEvent {
    AgencyCode agency();

    LocalDate businessDate();
}
