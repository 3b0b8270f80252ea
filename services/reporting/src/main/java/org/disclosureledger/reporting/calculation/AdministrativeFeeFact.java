package org.disclosureledger.reporting.calculation;

import java.time.LocalDate;
import org.disclosureledger.kernel.AgencyCode;
import org.disclosureledger.kernel.money.Yuan;

/** 行政事业性收费 collected on one day, identified by the event that recorded it. */
public record AdministrativeFeeFact(String eventId, AgencyCode agency, LocalDate on, Yuan amount) {
}
