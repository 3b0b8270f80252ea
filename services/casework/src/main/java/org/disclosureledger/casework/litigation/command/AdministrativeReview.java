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
import org.disclosureledger.casework.litigation.command.LitigationCommand.ConcludeReview;
import org.disclosureledger.casework.litigation.command.LitigationCommand.FileReview;
import org.disclosureledger.casework.platform.recording.Recording;
import org.disclosureledger.casework.platform.problems.Refusal;
import org.disclosureledger.casework.platform.problems.Refusal.Reason;
import org.disclosureledger.casework.platform.recording.StepDates;
import org.disclosureledger.kernel.litigation.ReviewConcluded;
import org.disclosureledger.kernel.litigation.ReviewFiled;
import org.disclosureledger.kernel.litigation.ReviewId;

/** An administrative review (行政复议) in which the agency is the respondent. */
@Aggregate(cache = ImportAggregateCache.NAME)
public class AdministrativeReview {
    @AggregateIdentifier
    private ReviewId reviewId;
    private LocalDate filedOn;
    private LocalDate concludedOn;

    protected AdministrativeReview() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(FileReview command, MetaData metaData, RegisteredAgencies agencies, KnownApplications applications) {
        if (reviewId != null) {
            throw new Refusal(Reason.CASE_ALREADY_EXISTS, "review", "review " + reviewId + " was already filed on " + filedOn);
        }
        agencies.requireRegistered(command.reviewId().agency());
        StepDates.requireNotInFuture(command.on(), Recording.from(metaData), "on");
        if (command.applicationId() != null) {
            if (!command.applicationId().agency().equals(command.reviewId().agency())) {
                throw new Refusal(Reason.INVALID_VALUE, "application", "the application must be one of agency " + command.reviewId().agency());
            }
            applications.requireKnown(command.applicationId(), "application");
        }
        apply(new ReviewFiled(command.reviewId(), command.on(), command.applicationId()));
    }

    @CommandHandler
    public void handle(ConcludeReview command, MetaData metaData) {
        if (concludedOn != null) {
            throw new Refusal(Reason.CASE_CONCLUDED, "review", "review " + reviewId + " was already concluded on " + concludedOn);
        }
        StepDates.requireNotInFuture(command.on(), Recording.from(metaData), "on");
        StepDates.requireNotBefore(command.on(), filedOn, "the review's filing", "on");
        if (command.outcome() == null) {
            throw new Refusal(Reason.INVALID_VALUE, "outcome", "outcome is missing");
        }
        apply(new ReviewConcluded(reviewId, command.on(), command.outcome()));
    }

    @EventSourcingHandler
    void on(ReviewFiled event) {
        reviewId = event.reviewId();
        filedOn = event.on();
    }

    @EventSourcingHandler
    void on(ReviewConcluded event) {
        concludedOn = event.on();
    }
}
