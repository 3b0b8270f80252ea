package org.disclosureledger.casework.litigation.command;

import com.fasterxml.jackson.annotation.JsonTypeName;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.disclosureledger.casework.platform.vocabulary.Dispatch;
import org.disclosureledger.casework.platform.vocabulary.Dispatch.Stage;
import org.disclosureledger.casework.platform.vocabulary.Identifiers;
import org.disclosureledger.casework.platform.vocabulary.LedgerRecord;
import org.disclosureledger.kernel.AgencyCode;
import org.disclosureledger.kernel.application.ApplicationId;
import org.disclosureledger.kernel.litigation.LawsuitId;
import org.disclosureledger.kernel.litigation.Outcome;
import org.disclosureledger.kernel.litigation.ReviewId;
import org.disclosureledger.platform.validation.RequiredText;

/** The records of administrative reviews (行政复议) and lawsuits (行政诉讼), each with its one mapping to its command. */
public sealed interface LitigationRecord extends LedgerRecord {

    @JsonTypeName("ReviewFiled")
    record ReviewFiled(@RequiredText String agency, @RequiredText String review, @NotNull LocalDate on, String application)
            implements LitigationRecord {
        public ReviewFiled forAgency(AgencyCode code) {
            return new ReviewFiled(code.value(), review, on, application);
        }

        public Dispatch dispatch() {
            AgencyCode code = Identifiers.agency(agency);
            ReviewId id = Identifiers.of("review", review, n -> ReviewId.of(code, n));
            return Dispatch.opening(new LitigationCommand.FileReview(id, on, LitigationRecord.applicationId(code, application)), Stage.LITIGATION, id, on);
        }
    }

    @JsonTypeName("ReviewConcluded")
    record ReviewConcluded(@RequiredText String agency, @RequiredText String review, @NotNull LocalDate on, @NotNull Outcome outcome)
            implements LitigationRecord {
        public ReviewConcluded forAgency(AgencyCode code) {
            return new ReviewConcluded(code.value(), review, on, outcome);
        }

        public Dispatch dispatch() {
            AgencyCode code = Identifiers.agency(agency);
            ReviewId id = Identifiers.of("review", review, n -> ReviewId.of(code, n));
            return Dispatch.continuing(new LitigationCommand.ConcludeReview(id, on, outcome), Stage.LITIGATION_ENDS, id, on);
        }
    }

    @JsonTypeName("LawsuitFiled")
    record LawsuitFiled(@RequiredText String agency, @RequiredText String lawsuit, @NotNull LocalDate on, @NotNull Boolean afterReview,
                        String application) implements LitigationRecord {
        public LawsuitFiled forAgency(AgencyCode code) {
            return new LawsuitFiled(code.value(), lawsuit, on, afterReview, application);
        }

        public Dispatch dispatch() {
            AgencyCode code = Identifiers.agency(agency);
            LawsuitId id = Identifiers.of("lawsuit", lawsuit, n -> LawsuitId.of(code, n));
            return Dispatch.opening(new LitigationCommand.FileLawsuit(id, on, afterReview, LitigationRecord.applicationId(code, application)),
                    Stage.LITIGATION, id, on);
        }
    }

    @JsonTypeName("LawsuitConcluded")
    record LawsuitConcluded(@RequiredText String agency, @RequiredText String lawsuit, @NotNull LocalDate on, @NotNull Outcome outcome)
            implements LitigationRecord {
        public LawsuitConcluded forAgency(AgencyCode code) {
            return new LawsuitConcluded(code.value(), lawsuit, on, outcome);
        }

        public Dispatch dispatch() {
            AgencyCode code = Identifiers.agency(agency);
            LawsuitId id = Identifiers.of("lawsuit", lawsuit, n -> LawsuitId.of(code, n));
            return Dispatch.continuing(new LitigationCommand.ConcludeLawsuit(id, on, outcome), Stage.LITIGATION_ENDS, id, on);
        }
    }

    private static ApplicationId applicationId(AgencyCode agency, String number) {
        return number == null ? null : Identifiers.of("application", number, n -> ApplicationId.of(agency, n));
    }
}
