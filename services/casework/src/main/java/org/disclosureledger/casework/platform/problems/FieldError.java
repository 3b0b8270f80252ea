package org.disclosureledger.casework.platform.problems;

/** A field is wrong: the message starts with the field's name. */
public final class FieldError extends RuntimeException {
    private final String field;

    public FieldError(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
