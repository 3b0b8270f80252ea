package org.disclosureledger.casework.proactive.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
        StatutoryClock publication = StatutoryClock.PUBLICATION;
        Reckoning reckoning = calendars.current().reckon(command.madeOn(), publication.workingDays());
        DueDate due = reckoning.due();
        List<String> explanation = new ArrayList<>();
        explanation.add(command.madeOn() + " made or changed: day 0 of " + publication.workingDays() + " working days, " + publication.words());
        explanation.addAll(reckoning.steps());
        explanation.add("due " + due.on() + " (calendar version " + due.calendarVersion()
                + (due.provisional() ? "; provisional: counted past the published holiday schedules by weekdays only" : "") + ")");
        apply(new InformationPublished(command.itemId(), command.on(), command.channel(), command.title(), command.madeOn(), due,
                explanation, due.isMissedBy(command.on())));
    }

    @EventSourcingHandler
    void on(InformationPublished event) {
        itemId = event.itemId();
        publishedOn = event.on();
    }
}
