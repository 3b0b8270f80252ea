package org.disclosureledger.platform.problem;

/** A format (Accept, or {@code ?format=}) that this path does not serve: 406. */
public class NotAcceptable extends Problem {
    public static final String REASON = "FORMAT_NOT_SERVED";

    public NotAcceptable(String field, String message) {
        super(406, REASON, field, "Format not served", message);
    }
}
