package org.disclosureledger.casework.litigation.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.disclosureledger.casework.platform.axon.ImportAggregateCache;
import org.disclosureledger.casework.agency.command.RegisteredAgencies;
import org.disclosureledger.casework.application.command.KnownApplications;
import org.disclosureledger.casework.litigation.command.LitigationCommand.ConcludeLawsuit;
import org.disclosureledger.casework.litigation.command.LitigationCommand.FileLawsuit;
import org.disclosureledger.casework.platform.recording.Recording;
import org.disclosureledger.casework.platform.problems.Refusal;
import org.disclosureledger.casework.platform.problems.Refusal.Reason;
import org.disclosureledger.casework.platform.recording.StepDates;
import org.disclosureledger.kernel.litigation.LawsuitConcluded;
import org.disclosureledger.kernel.litigation.LawsuitFiled;
import org.disclosureledger.kernel.litigation.LawsuitId;

/** An administrative lawsuit (行政诉讼) in which the agency is the defendant, filed directly or after a review. Where a review body is co-defendant only the original agency records it (国办公开办函〔2016〕201号). */
@Aggregate(cache = ImportAggregateCache.NAME)
public class AdministrativeLawsuit {
    @AggregateIdentifier
    private LawsuitId lawsuitId;
    private LocalDate filedOn;
    private LocalDate concludedOn;

    protected AdministrativeLawsuit() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(FileLawsuit command, MetaData metaData, RegisteredAgencies agencies, KnownApplications applications) {
        if (lawsuitId != null) {
            throw new Refusal(Reason.CASE_ALREADY_EXISTS, "lawsuit", "lawsuit " + lawsuitId + " was already filed on " + filedOn);
        }
        agencies.requireRegistered(command.lawsuitId().agency());
        StepDates.requireNotInFuture(command.on(), Recording.from(metaData), "on");
        if (command.applicationId() != null) {
            if (!command.applicationId().agency().equals(command.lawsuitId().agency())) {
                throw new Refusal(Reason.INVALID_VALUE, "application", "the application must be one of agency " + command.lawsuitId().agency());
            }
            applications.requireKnown(command.applicationId(), "application");
        }
        apply(new LawsuitFiled(command.lawsuitId(), command.on(), command.afterReview(), command.applicationId()));
    }

    @CommandHandler
    public void handle(ConcludeLawsuit command, MetaData metaData) {
        if (concludedOn != null) {
            throw new Refusal(Reason.CASE_CONCLUDED, "lawsuit", "lawsuit " + lawsuitId + " was already concluded on " + concludedOn);
        }
        StepDates.requireNotInFuture(command.on(), Recording.from(metaData), "on");
        StepDates.requireNotBefore(command.on(), filedOn, "the lawsuit's filing", "on");
        if (command.outcome() == null) {
            throw new Refusal(Reason.INVALID_VALUE, "outcome", "outcome is missing");
        }
        apply(new LawsuitConcluded(lawsuitId, command.on(), command.outcome()));
    }

    @EventSourcingHandler
    void on(LawsuitFiled event) {
        lawsuitId = event.lawsuitId();
        filedOn = event.on();
    }

    @EventSourcingHandler
    void on(LawsuitConcluded event) {
        concludedOn = event.on();
    }
}
