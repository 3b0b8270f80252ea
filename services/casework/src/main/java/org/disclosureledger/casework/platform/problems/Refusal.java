package org.disclosureledger.casework.platform.problems;

import org.disclosureledger.platform.problem.Problem;

/**
 * A command the ledger refuses because what it records cannot have happened. It names the reason (a stable
 * code), the field at fault, and says why in words. A refused command appends nothing.
 */
public class Refusal extends Problem {
    private final Reason reason;

    public enum Reason {
        UNKNOWN_AGENCY(404),
        AGENCY_ALREADY_REGISTERED(409),
        UNKNOWN_CASE(404),
        CASE_ALREADY_EXISTS(409),
        CASE_CONCLUDED(409),
        DATE_IN_FUTURE(422),
        DATE_BEFORE_PREVIOUS_STEP(422),
        STEP_NOT_POSSIBLE(409),
        ALREADY_DONE_ONCE(409),
        INVALID_VALUE(422);

        private final int status;

        Reason(int status) {
            this.status = status;
        }
    }

    public Refusal(Reason reason, String field, String message) {
        super(reason.status, reason.name(), field, "Refused: " + reason, message);
        this.reason = reason;
    }

    /** The reason as its code, for the ledger's own rules. */
    public Reason code() {
        return reason;
    }
}
