package org.disclosureledger.casework.litigation.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.disclosureledger.casework.agency.command.RegisteredAgencies;
import org.disclosureledger.casework.application.command.KnownApplications;
import org.disclosureledger.casework.litigation.command.LitigationCommand.ConcludeLawsuit;
import org.disclosureledger.casework.litigation.command.LitigationCommand.FileLawsuit;
import org.disclosureledger.casework.platform.axon.ImportAggregateCache;
import org.disclosureledger.kernel.litigation.LawsuitConcluded;
import org.disclosureledger.kernel.litigation.LawsuitFiled;
import org.disclosureledger.kernel.litigation.LawsuitId;

/** An administrative lawsuit (行政诉讼) in which the agency is the defendant, filed directly or after a review. Where a review body is co-defendant only the original agency records it (国办公开办函〔2016〕201号). */
@Aggregate(cache = ImportAggregateCache.NAME)
public class AdministrativeLawsuit extends LitigationCase {
    @AggregateIdentifier
    private LawsuitId lawsuitId;

    protected AdministrativeLawsuit() {
        super("lawsuit");
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(FileLawsuit command, MetaData metaData, RegisteredAgencies agencies, KnownApplications applications) {
        requireFiling(lawsuitId, command.lawsuitId(), command.on(), command.applicationId(), metaData, agencies, applications);
        apply(new LawsuitFiled(command.lawsuitId(), command.on(), command.afterReview(), command.applicationId()));
    }

    @CommandHandler
    public void handle(ConcludeLawsuit command, MetaData metaData) {
        requireConclusion(lawsuitId, command.on(), command.outcome(), metaData);
        apply(new LawsuitConcluded(lawsuitId, command.on(), command.outcome()));
    }

    @EventSourcingHandler
    void on(LawsuitFiled event) {
        lawsuitId = event.lawsuitId();
        filed(event.on());
    }

    @EventSourcingHandler
    void on(LawsuitConcluded event) {
        concluded(event.on());
    }
}
