package org.disclosureledger.casework.litigation.command;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.disclosureledger.kernel.application.ApplicationId;
import org.disclosureledger.kernel.litigation.LawsuitId;
import org.disclosureledger.kernel.litigation.Outcome;
import org.disclosureledger.kernel.litigation.ReviewId;

/** What staff record of administrative reviews and lawsuits about the agency's disclosure work. */
public sealed interface LitigationCommand {
    LocalDate on();

    record FileReview(@TargetAggregateIdentifier ReviewId reviewId, LocalDate on, ApplicationId applicationId)
            implements LitigationCommand {
    }

    record ConcludeReview(@TargetAggregateIdentifier ReviewId reviewId, LocalDate on, Outcome outcome)
            implements LitigationCommand {
    }

    record FileLawsuit(@TargetAggregateIdentifier LawsuitId lawsuitId, LocalDate on, boolean afterReview,
                       ApplicationId applicationId) implements LitigationCommand {
    }

    record ConcludeLawsuit(@TargetAggregateIdentifier LawsuitId lawsuitId, LocalDate on, Outcome outcome)
            implements LitigationCommand {
    }
}
