package org.disclosureledger.platform.problem;

/** A field of a request is wrong in itself (missing, malformed, out of range): 422, the message starts with its name. */
public class InvalidField extends Problem {
    public static final String REASON = "INVALID_VALUE";

    public InvalidField(String field, String message) {
        super(422, REASON, field, "Invalid field", field + ": " + message);
    }

    /** What is wrong, without the field's name in front. */
    public String what() {
        return getMessage().substring(field().length() + 2);
    }
}
