package org.disclosureledger.casework.platform.problems;

/**
 * A command the ledger refuses because what it records cannot have happened. It names the reason (a stable
 * code), the field at fault, and says why in words. A refused command appends nothing.
 */
public class Refusal extends RuntimeException {
    private final Reason reason;
    private final String field;

    public enum Reason {
        UNKNOWN_AGENCY,
        AGENCY_ALREADY_REGISTERED,
        UNKNOWN_CASE,
        CASE_ALREADY_EXISTS,
        CASE_CONCLUDED,
        DATE_IN_FUTURE,
        DATE_BEFORE_PREVIOUS_STEP,
        STEP_NOT_POSSIBLE,
        ALREADY_DONE_ONCE,
        INVALID_VALUE
    }

    public Refusal(Reason reason, String field, String message) {
        super(message);
        this.reason = reason;
        this.field = field;
    }

    public Reason reason() {
        return reason;
    }

    public String field() {
        return field;
    }
}
