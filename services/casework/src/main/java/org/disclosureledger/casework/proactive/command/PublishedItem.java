package org.disclosureledger.casework.proactive.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.disclosureledger.casework.agency.command.RegisteredAgencies;
import org.disclosureledger.casework.calendar.command.WorkingDayCalendars;
import org.disclosureledger.casework.proactive.command.ProactiveCommand.PublishInformation;
import org.disclosureledger.casework.platform.recording.Recording;
import org.disclosureledger.casework.platform.problems.Refusal;
import org.disclosureledger.casework.platform.problems.Refusal.Reason;
import org.disclosureledger.casework.platform.recording.StepDates;
import org.disclosureledger.kernel.calendar.DueDate;
import org.disclosureledger.kernel.calendar.ClockStart;
import org.disclosureledger.kernel.calendar.Period;
import org.disclosureledger.kernel.calendar.Reckoning;
import org.disclosureledger.kernel.calendar.StatutoryClock;
import org.disclosureledger.kernel.proactive.InformationPublished;
import org.disclosureledger.kernel.proactive.PublishedItemId;

/**
 * One item of government information published proactively, by its agency's item number. Where the day it was made or
 * changed is known, the publication is checked against Art. 26's 20 working days and flagged late after them.
 */
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
    public void handle(PublishInformation command, MetaData metaData, RegisteredAgencies agencies, WorkingDayCalendars calendars) {
        if (itemId != null) {
            throw new Refusal(Reason.CASE_ALREADY_EXISTS, "item", "item " + itemId + " was already published on " + publishedOn);
        }
        agencies.requireRegistered(command.itemId().agency());
        StepDates.requireNotInFuture(command.on(), Recording.from(metaData), "on");
        if (command.channel() == null) {
            throw new Refusal(Reason.INVALID_VALUE, "channel", "channel is missing");
        }
        if (command.madeOn() == null) {
            apply(new InformationPublished(command.itemId(), command.on(), command.channel(), command.title()));
            return;
        }
        StepDates.requireNotBefore(command.on(), command.madeOn(), "the day the information was made (madeOn)", "on");
        Reckoning reckoning = Period.statutory(command.madeOn(), ClockStart.MADE_OR_CHANGED, StatutoryClock.PUBLICATION)
                .reckon(calendars.current());
        DueDate due = reckoning.due();
        apply(new InformationPublished(command.itemId(), command.on(), command.channel(), command.title(), command.madeOn(), due,
                reckoning.steps(), due.isMissedBy(command.on())));
    }

    @EventSourcingHandler
    void on(InformationPublished event) {
        itemId = event.itemId();
        publishedOn = event.on();
    }
}
