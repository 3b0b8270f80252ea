package org.disclosureledger.casework.litigation.command;

import java.time.LocalDate;
import org.axonframework.messaging.MetaData;
import org.disclosureledger.casework.agency.command.RegisteredAgencies;
import org.disclosureledger.casework.application.command.KnownApplications;
import org.disclosureledger.casework.platform.problems.Refusal;
import org.disclosureledger.casework.platform.problems.Refusal.Reason;
import org.disclosureledger.casework.platform.recording.Recording;
import org.disclosureledger.casework.platform.recording.StepDates;
import org.disclosureledger.kernel.AgencyScopedId;
import org.disclosureledger.kernel.application.ApplicationId;
import org.disclosureledger.kernel.litigation.Outcome;

/**
 * What an administrative review and an administrative lawsuit share: a case about the agency's disclosure work that is
 * filed once (by a registered agency, not in the future, perhaps about one of its applications) and concluded once,
 * not before its filing, with an outcome. Each aggregate adds only its own command and events.
 */
abstract class LitigationCase {
    private final String kind;
    private LocalDate filedOn;
    private LocalDate concludedOn;

    /** {@code kind} names the case in refusals and is the field at fault: "review" or "lawsuit". */
    protected LitigationCase(String kind) {
        this.kind = kind;
    }

    /** Refuses a filing that cannot have happened. */
    protected void requireFiling(AgencyScopedId filed, AgencyScopedId id, LocalDate on, ApplicationId application, MetaData metaData,
                                 RegisteredAgencies agencies, KnownApplications applications) {
        if (filed != null) {
            throw new Refusal(Reason.CASE_ALREADY_EXISTS, kind, kind + " " + filed + " was already filed on " + filedOn);
        }
        agencies.requireRegistered(id.agency());
        StepDates.requireNotInFuture(on, Recording.from(metaData), "on");
        if (application != null) {
            if (!application.agency().equals(id.agency())) {
                throw new Refusal(Reason.INVALID_VALUE, "application", "the application must be one of agency " + id.agency());
            }
            applications.requireKnown(application, "application");
        }
    }

    /** Refuses a conclusion that cannot have happened. */
    protected void requireConclusion(AgencyScopedId id, LocalDate on, Outcome outcome, MetaData metaData) {
        if (concludedOn != null) {
            throw new Refusal(Reason.CASE_CONCLUDED, kind, kind + " " + id + " was already concluded on " + concludedOn);
        }
        StepDates.requireNotInFuture(on, Recording.from(metaData), "on");
        StepDates.requireNotBefore(on, filedOn, "the " + kind + "'s filing", "on");
        if (outcome == null) {
            throw new Refusal(Reason.INVALID_VALUE, "outcome", "outcome is missing");
        }
    }

    protected void filed(LocalDate on) {
        filedOn = on;
    }

    protected void concluded(LocalDate on) {
        concludedOn = on;
    }
}
