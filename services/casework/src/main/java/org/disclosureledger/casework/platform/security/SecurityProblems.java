package org.disclosureledger.casework.platform.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

/**
 * Answers a request that needs a signed-in user (401, with the HTTP Basic challenge) or a user of other rights (403) as
 * {@code application/problem+json}, saying why; when no user is configured at all, it says that nobody can sign in.
 */
@Component
public class SecurityProblems implements AuthenticationEntryPoint, AccessDeniedHandler {
    public static final String REALM = "Disclosure Ledger";

    private final StaffUsers users;
    private final ObjectMapper json = new ObjectMapper();

    public SecurityProblems(StaffUsers users) {
        this.users = users;
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
        write(response, request, HttpStatus.UNAUTHORIZED, "Sign-in needed", detail);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied) throws IOException {
        write(response, request, HttpStatus.FORBIDDEN, "Not allowed", denied.getMessage());
    }

    private void write(HttpServletResponse response, HttpServletRequest request, HttpStatus status, String title, String detail)
            throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", title);
        problem.put("status", status.value());
        problem.put("detail", detail);
        problem.put("instance", request.getRequestURI());
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
