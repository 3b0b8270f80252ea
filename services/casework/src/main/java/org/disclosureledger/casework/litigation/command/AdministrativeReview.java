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
import org.disclosureledger.casework.litigation.command.LitigationCommand.ConcludeReview;
import org.disclosureledger.casework.litigation.command.LitigationCommand.FileReview;
import org.disclosureledger.casework.platform.axon.ImportAggregateCache;
import org.disclosureledger.kernel.litigation.ReviewConcluded;
import org.disclosureledger.kernel.litigation.ReviewFiled;
import org.disclosureledger.kernel.litigation.ReviewId;

/** An administrative review (行政复议) in which the agency is the respondent. */
@Aggregate(cache = ImportAggregateCache.NAME)
public class AdministrativeReview extends LitigationCase {
    @AggregateIdentifier
    private ReviewId reviewId;

    protected AdministrativeReview() {
        super("review");
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(FileReview command, MetaData metaData, RegisteredAgencies agencies, KnownApplications applications) {
        requireFiling(reviewId, command.reviewId(), command.on(), command.applicationId(), metaData, agencies, applications);
        apply(new ReviewFiled(command.reviewId(), command.on(), command.applicationId()));
    }

    @CommandHandler
    public void handle(ConcludeReview command, MetaData metaData) {
        requireConclusion(reviewId, command.on(), command.outcome(), metaData);
        apply(new ReviewConcluded(reviewId, command.on(), command.outcome()));
    }

    @EventSourcingHandler
    void on(ReviewFiled event) {
        reviewId = event.reviewId();
        filed(event.on());
    }

    @EventSourcingHandler
    void on(ReviewConcluded event) {
        concluded(event.on());
    }
}
