package org.disclosureledger.platform.web;

import java.net.URI;
import org.disclosureledger.platform.problem.Problem;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** The {@code application/problem+json} of a {@link Problem}: its status, title, detail, {@code reason} and {@code field}. */
public final class ProblemDetails {
    public static final String REASON = "reason";
    public static final String FIELD = "field";

    private ProblemDetails() {
    }

    public static ProblemDetail of(Problem problem) {
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(problem.status()), problem.getMessage());
        detail.setType(URI.create("about:blank"));
        detail.setTitle(problem.title());
        detail.setProperty(REASON, problem.reason());
        detail.setProperty(FIELD, problem.field());
        problem.properties().forEach(detail::setProperty);
        return detail;
    }
}
