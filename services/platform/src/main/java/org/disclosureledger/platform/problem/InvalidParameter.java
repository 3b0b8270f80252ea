package org.disclosureledger.platform.problem;

/** A path or query parameter that cannot be read: 400, naming the parameter. */
public class InvalidParameter extends Problem {
    public static final String REASON = "INVALID_PARAMETER";

    public InvalidParameter(String parameter, String message) {
        super(400, REASON, parameter, "Invalid parameter", message);
    }
}
