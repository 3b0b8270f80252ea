package org.disclosureledger.casework.application.command;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.disclosureledger.casework.platform.problems.Refusal;
import org.disclosureledger.casework.platform.problems.Refusal.Reason;
import org.disclosureledger.kernel.application.ApplicationId;
import org.springframework.stereotype.Component;

/** Whether an application case exists, for the records that refer to one (a review, a lawsuit). */
@Component
public class ApplicationRegister implements KnownApplications {
    private final EventStore eventStore;

    public ApplicationRegister(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Override
    public void requireKnown(ApplicationId applicationId, String field) {
        if (eventStore.lastSequenceNumberFor(applicationId.toString()).isEmpty()) {
            throw new Refusal(Reason.UNKNOWN_CASE, field, field + ": no application " + applicationId.number()
                    + " of agency " + applicationId.agency() + " has been received");
        }
    }
}
