package org.disclosureledger.reporting.web;

import java.time.Duration;
import org.disclosureledger.reporting.ReportingConfiguration;
import org.disclosureledger.reporting.projection.ProjectionBehind;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Report requests that cannot be answered, as {@code application/problem+json}: a malformed parameter (400), an
 * unknown agency (404), a format not served (406), a projection that is behind or halted (503: a stale report is
 * never given). Applies to every controller of the reporting service, whatever format it renders.
 */
@RestControllerAdvice(basePackageClasses = ReportingConfiguration.class)
public class ReportProblems {
    private static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;

    @ExceptionHandler(ReportRequestProblem.class)
    public ResponseEntity<ProblemDetail> refused(ReportRequestProblem problem) {
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(problem.status(), problem.getMessage());
        detail.setTitle(problem.status() == HttpStatus.NOT_FOUND ? "Unknown agency" : "Invalid report request");
        detail.setProperty("field", problem.field());
        return ResponseEntity.status(problem.status()).contentType(PROBLEM).body(detail);
    }

    @ExceptionHandler(ProjectionBehind.class)
    public ResponseEntity<ProblemDetail> behind(ProjectionBehind behind) {
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, behind.getMessage());
        detail.setTitle("Annual report projection not up to date");
        detail.setProperty("recordsUpTo", behind.recordsUpTo());
        detail.setProperty("projectedUpTo", behind.projectedUpTo());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).contentType(PROBLEM)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(Duration.ofSeconds(5).toSeconds())).body(detail);
    }
}
