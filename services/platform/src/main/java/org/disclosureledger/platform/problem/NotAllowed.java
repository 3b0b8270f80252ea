package org.disclosureledger.platform.problem;

/** The signed-in user may not do this: 403. */
public class NotAllowed extends Problem {
    public static final String REASON = "NOT_ALLOWED";

    public NotAllowed(String message) {
        super(403, REASON, null, "Not allowed", message);
    }
}
