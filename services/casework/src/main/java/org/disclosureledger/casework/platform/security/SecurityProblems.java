package org.disclosureledger.casework.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.disclosureledger.platform.problem.NotAllowed;
import org.disclosureledger.platform.problem.SignInNeeded;
import org.disclosureledger.platform.web.ProblemWriter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

/**
 * Answers a request that needs a signed-in user ({@link SignInNeeded}, 401, with the HTTP Basic challenge) or a user of
 * other rights ({@link NotAllowed}, 403) as the problems of every other answer, saying why; when no user is configured
 * at all, it says that nobody can sign in.
 */
@Component
public class SecurityProblems implements AuthenticationEntryPoint, AccessDeniedHandler {
    public static final String REALM = "Disclosure Ledger";

    private final StaffUsers users;
    private final ProblemWriter problems;

    public SecurityProblems(StaffUsers users, ProblemWriter problems) {
        this.users = users;
        this.problems = problems;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure) throws IOException {
        String detail;
        if (users.isEmpty()) {
            detail = "no staff users are configured (" + StaffUsers.FILE_PROPERTY + " or LEDGER_USERS), so nobody can sign in "
                    + "and nobody can read or erase applicants' personal data";
        } else if (failure instanceof BadCredentialsException) {
            detail = "the user name or password is not right";
        } else {
            detail = failure.getMessage();
        }
        response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
        problems.write(request, response, new SignInNeeded(detail));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied) throws IOException {
        problems.write(request, response, new NotAllowed(denied.getMessage()));
    }
}
