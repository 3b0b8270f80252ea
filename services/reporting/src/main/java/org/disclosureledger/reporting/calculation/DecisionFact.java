package org.disclosureledger.reporting.calculation;

import java.time.LocalDate;
import org.disclosureledger.kernel.AgencyCode;
import org.disclosureledger.kernel.proactive.DecisionKind;

/** One dated count of administrative decisions, identified by the event that recorded it. */
public record DecisionFact(String eventId, AgencyCode agency, DecisionKind kind, LocalDate on, int count) {
}
