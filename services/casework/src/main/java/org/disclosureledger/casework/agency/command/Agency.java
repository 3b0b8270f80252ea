package org.disclosureledger.casework.agency.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.disclosureledger.casework.platform.recording.Recording;
import org.disclosureledger.casework.platform.problems.Refusal;
import org.disclosureledger.casework.platform.problems.Refusal.Reason;
import org.disclosureledger.kernel.AgencyCode;
import org.disclosureledger.kernel.agency.AgencyRegistered;

/** An agency that keeps a ledger, and its place in the hierarchy (for consolidated reports). */
@Aggregate
public class Agency {
    @AggregateIdentifier
    private AgencyCode agency;
    private AgencyRegistered registration;

    protected Agency() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(RegisterAgency command, MetaData metaData, RegisteredAgencies directory) {
        Recording recording = Recording.from(metaData);
        if (registration != null) {
            throw new Refusal(Reason.AGENCY_ALREADY_REGISTERED, "agency", "agency " + agency + " is already registered as "
                    + registration.name() + " (" + registration.level() + ")");
        }
        if (command.name() == null || command.name().isBlank() || command.name().length() > 200) {
            throw new Refusal(Reason.INVALID_VALUE, "name", "name must be 1-200 characters");
        }
        if (command.level() == null) {
            throw new Refusal(Reason.INVALID_VALUE, "level", "level is missing");
        }
        if (command.parent() != null) {
            if (command.parent().equals(command.agency())) {
                throw new Refusal(Reason.INVALID_VALUE, "parent", "an agency cannot be its own parent");
            }
            directory.requireRegistered(command.parent(), "parent");
        }
        apply(new AgencyRegistered(command.agency(), command.name().strip(), command.level(), command.parent(), recording.today()));
    }

    @EventSourcingHandler
    void on(AgencyRegistered event) {
        agency = event.agency();
        registration = event;
    }
}
