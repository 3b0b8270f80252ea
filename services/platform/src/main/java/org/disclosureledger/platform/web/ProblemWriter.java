package org.disclosureledger.platform.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.disclosureledger.platform.problem.Problem;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * Writes a {@link Problem} where no controller advice reaches (a servlet filter, such as sign-in), in the very form
 * {@link ProblemAnswers} gives it.
 */
public class ProblemWriter {
    private final ObjectMapper json;

    public ProblemWriter(ObjectMapper json) {
        this.json = json;
    }

    public void write(HttpServletRequest request, HttpServletResponse response, Problem problem) throws IOException {
        ProblemDetail detail = ProblemDetails.of(problem);
        detail.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(problem.status());
        problem.retryAfter().ifPresent(after -> response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(after.toSeconds())));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), detail);
    }
}
