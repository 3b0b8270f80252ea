package org.disclosureledger.casework.proactive.command;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.disclosureledger.casework.agency.command.RegisteredAgencies;
import org.disclosureledger.casework.proactive.command.ProactiveCommand.RecordAdministrativeFees;
import org.disclosureledger.casework.proactive.command.ProactiveCommand.RecordDecisions;
import org.disclosureledger.casework.platform.recording.Recording;
import org.disclosureledger.casework.platform.problems.Refusal;
import org.disclosureledger.casework.platform.problems.Refusal.Reason;
import org.disclosureledger.casework.platform.recording.StepDates;
import org.disclosureledger.kernel.proactive.AdministrativeFeesCollected;
import org.disclosureledger.kernel.proactive.DecisionsRecorded;
import org.springframework.stereotype.Component;

/**
 * Dated counts of administrative decisions and amounts of fees collected: facts with no case around them and
 * no rule beyond their own fields, so they are checked here and published to the event store as they are.
 */
@Component
public class DecisionAndFeeRegister {
    private final EventBus eventBus;
    private final RegisteredAgencies agencies;

    public DecisionAndFeeRegister(EventBus eventBus, RegisteredAgencies agencies) {
        this.eventBus = eventBus;
        this.agencies = agencies;
    }

    @CommandHandler
    public void handle(RecordDecisions command, MetaData metaData) {
        agencies.requireRegistered(command.agency());
        StepDates.requireNotInFuture(command.on(), Recording.from(metaData), "on");
        if (command.kind() == null) {
            throw new Refusal(Reason.INVALID_VALUE, "kind", "kind is missing");
        }
        if (command.count() < 1) {
            throw new Refusal(Reason.INVALID_VALUE, "count", "count must be at least 1: " + command.count());
        }
        eventBus.publish(GenericEventMessage.asEventMessage(
                new DecisionsRecorded(command.agency(), command.kind(), command.on(), command.count())));
    }

    @CommandHandler
    public void handle(RecordAdministrativeFees command, MetaData metaData) {
        agencies.requireRegistered(command.agency());
        StepDates.requireNotInFuture(command.on(), Recording.from(metaData), "on");
        if (command.amount() == null) {
            throw new Refusal(Reason.INVALID_VALUE, "amountYuan", "amountYuan is missing");
        }
        eventBus.publish(GenericEventMessage.asEventMessage(
                new AdministrativeFeesCollected(command.agency(), command.on(), command.amount())));
    }
}
