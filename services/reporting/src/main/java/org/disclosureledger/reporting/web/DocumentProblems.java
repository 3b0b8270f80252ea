package org.disclosureledger.reporting.web;

import java.net.URI;
import org.disclosureledger.reporting.projection.ProjectionBehind;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The errors of the report documents, as {@code application/problem+json} whatever the document format asked for:
 * an unknown agency (404), a malformed parameter (400), a report whose format has no layout, a projection behind.
 */
@RestControllerAdvice(assignableTypes = AnnualReportDocumentController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class DocumentProblems {

    /** No agency of that code is registered. */
    public static class UnknownAgency extends RuntimeException {
        public UnknownAgency(String agency) {
            super("agency '" + agency + "' is not registered");
        }
    }

    /** A path or query parameter that cannot be read. */
    public static class BadParameter extends RuntimeException {
        private final String parameter;

        public BadParameter(String parameter, String message) {
            super(message);
            this.parameter = parameter;
        }
    }

    /** A report in a format version without a layout in the kernel's report-formats. */
    public static class NoLayout extends RuntimeException {
        public NoLayout(String format) {
            super("there is no document layout for the report format '" + format + "'");
        }
    }

    @ExceptionHandler(UnknownAgency.class)
    public ResponseEntity<ProblemDetail> unknownAgency(UnknownAgency error) {
        return problem(HttpStatus.NOT_FOUND, "Unknown agency", error.getMessage(), "agency");
    }

    @ExceptionHandler(BadParameter.class)
    public ResponseEntity<ProblemDetail> badParameter(BadParameter error) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid parameter", error.getMessage(), error.parameter);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    public ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException error) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid parameter",
                error.getName() + " must be " + (error.getRequiredType() == int.class ? "a year such as 2021" : "valid") + ": '"
                        + error.getValue() + "'", error.getName());
    }

    @ExceptionHandler(NoLayout.class)
    public ResponseEntity<ProblemDetail> noLayout(NoLayout error) {
        return problem(HttpStatus.NOT_IMPLEMENTED, "No document layout", error.getMessage(), "format");
    }

    @ExceptionHandler(ProjectionBehind.class)
    public ResponseEntity<ProblemDetail> behind(ProjectionBehind error) {
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "Report not ready", error.getMessage(), null);
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail, String field) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setType(URI.create("about:blank"));
        if (field != null) {
            problem.setProperty("field", field);
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
