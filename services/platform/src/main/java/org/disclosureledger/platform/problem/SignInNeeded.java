package org.disclosureledger.platform.problem;

/** The request needs a signed-in user: 401 (the security filter adds the challenge). */
public class SignInNeeded extends Problem {
    public static final String REASON = "SIGN_IN_NEEDED";

    public SignInNeeded(String message) {
        super(401, REASON, null, "Sign-in needed", message);
    }
}
