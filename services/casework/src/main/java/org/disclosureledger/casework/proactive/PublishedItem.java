package org.disclosureledger.casework.proactive;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.disclosureledger.casework.agency.RegisteredAgencies;
import org.disclosureledger.casework.proactive.ProactiveCommand.PublishInformation;
import org.disclosureledger.casework.recording.Recording;
import org.disclosureledger.casework.recording.Refusal;
import org.disclosureledger.casework.recording.Refusal.Reason;
import org.disclosureledger.casework.recording.StepDates;
import org.disclosureledger.kernel.proactive.InformationPublished;
import org.disclosureledger.kernel.proactive.PublishedItemId;

/** One item of government information published proactively, by its agency's item number. */
@Aggregate
public class PublishedItem {
    @AggregateIdentifier
    private PublishedItemId itemId;
    private LocalDate publishedOn;

    protected PublishedItem() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(PublishInformation command, MetaData metaData, RegisteredAgencies agencies) {
        if (itemId != null) {
            throw new Refusal(Reason.CASE_ALREADY_EXISTS, "item", "item " + itemId + " was already published on " + publishedOn);
        }
        agencies.requireRegistered(command.itemId().agency());
        StepDates.requireNotInFuture(command.on(), Recording.from(metaData), "on");
        if (command.channel() == null) {
            throw new Refusal(Reason.INVALID_VALUE, "channel", "channel is missing");
        }
        apply(new InformationPublished(command.itemId(), command.on(), command.channel(), command.title()));
    }

    @EventSourcingHandler
    void on(InformationPublished event) {
        itemId = event.itemId();
        publishedOn = event.on();
    }
}
