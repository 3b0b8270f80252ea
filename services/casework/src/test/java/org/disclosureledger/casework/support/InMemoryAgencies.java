package org.disclosureledger.casework.support;

import java.util.HashSet;
import java.util.Set;
import org.disclosureledger.casework.agency.command.RegisteredAgencies;
import org.disclosureledger.casework.platform.problems.Refusal;
import org.disclosureledger.kernel.AgencyCode;

/** The agency directory of aggregate tests: the agencies a test names as registered. */
public final class InMemoryAgencies implements RegisteredAgencies {
    private final Set<AgencyCode> registered = new HashSet<>();

    public InMemoryAgencies(String... agencies) {
        for (String agency : agencies) {
            registered.add(AgencyCode.of(agency));
        }
    }

    @Override
    public void requireRegistered(AgencyCode agency, String field) {
        if (!registered.contains(agency)) {
            throw new Refusal(Refusal.Reason.UNKNOWN_AGENCY, field, field + " '" + agency + "' is not registered");
        }
    }
}
