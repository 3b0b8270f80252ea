package org.disclosureledger.kernel.agency;

import org.disclosureledger.kernel.AgencyCode;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.disclosureledger.kernel.LedgerEvent;

/** An agency and its place in the hierarchy; {@code parent} is null at the top. */
@Revision("1")
public record AgencyRegistered(AgencyCode agency, String name, AgencyLevel level, AgencyCode parent, LocalDate registeredOn) implements LedgerEvent {
    @Override
    public LocalDate businessDate() {
        return registeredOn;
    }
}
