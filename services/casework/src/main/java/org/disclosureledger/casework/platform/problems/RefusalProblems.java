package org.disclosureledger.casework.platform.problems;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Refused commands and bad fields as {@code application/problem+json}, naming the field at fault. Ahead of Boot's
 * generic problem handler, so that a malformed body is answered with where it is malformed.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RefusalProblems {

    @ExceptionHandler(Refusal.class)
    public ProblemDetail refused(Refusal refusal) {
        HttpStatus status = switch (refusal.reason()) {
            case UNKNOWN_AGENCY, UNKNOWN_CASE -> HttpStatus.NOT_FOUND;
            case AGENCY_ALREADY_REGISTERED, CASE_ALREADY_EXISTS, CASE_CONCLUDED, ALREADY_DONE_ONCE, STEP_NOT_POSSIBLE ->
                    HttpStatus.CONFLICT;
            case DATE_IN_FUTURE, DATE_BEFORE_PREVIOUS_STEP, INVALID_VALUE -> HttpStatus.UNPROCESSABLE_ENTITY;
        };
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, refusal.getMessage());
        problem.setTitle("Refused: " + refusal.reason());
        problem.setProperty("reason", refusal.reason().name());
        problem.setProperty("field", refusal.field());
        return problem;
    }

    @ExceptionHandler(FieldError.class)
    public ProblemDetail badField(FieldError error) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, error.getMessage());
        problem.setTitle("Invalid field");
        problem.setProperty("field", error.field());
        return problem;
    }

    /** Says where the body is malformed, never quoting it (it may hold an applicant's particulars). */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    public ProblemDetail unreadable(HttpMessageNotReadableException error) {
        String detail = error.getMostSpecificCause() instanceof JsonProcessingException json
                ? "the request body is not valid JSON: " + JsonErrors.inText(json)
                : error.getCause() == null ? "the request body is missing" : "the request body cannot be read";
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle("Malformed request");
        return problem;
    }
}
