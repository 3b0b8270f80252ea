package org.disclosureledger.platform.problem;

/** A request body that is not JSON, or none where one is needed: 400. */
public class MalformedRequest extends Problem {
    public static final String REASON = "MALFORMED_REQUEST";

    public MalformedRequest(String message) {
        super(400, REASON, null, "Malformed request", message);
    }
}
