package org.disclosureledger.platform.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.validation.ConstraintViolationException;
import java.util.Comparator;
import java.util.stream.Collectors;
import org.disclosureledger.platform.problem.InvalidField;
import org.disclosureledger.platform.problem.InvalidParameter;
import org.disclosureledger.platform.problem.MalformedRequest;
import org.disclosureledger.platform.problem.NotAcceptable;
import org.disclosureledger.platform.problem.Problem;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The one way every service answers a request it cannot answer: {@code application/problem+json} whatever format was
 * asked for, with the HTTP status, a {@code reason} code and the {@code field} at fault. A {@link Problem} says all of
 * these itself; Spring MVC's own failures (a body that is not JSON or does not fit its record, a constraint of Bean
 * Validation, a parameter of the wrong kind, a format not served, no such path) are put in the same form. A problem
 * that passes adds {@code Retry-After}.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ProblemAnswers extends ResponseEntityExceptionHandler {

    @ExceptionHandler(Problem.class)
    public ResponseEntity<Object> problem(Problem problem) {
        return answer(problem);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    public ResponseEntity<Object> violated(ConstraintViolationException violation) {
        return answer(violation.getConstraintViolations().stream()
                .min(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .map(v -> (Problem) new InvalidField(leaf(v.getPropertyPath().toString()), v.getMessage()))
                .orElseGet(() -> new MalformedRequest(violation.getMessage())));
    }

    /** Says where the body is malformed or which field does not fit, never quoting it (it may hold personal data). */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException error, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        if (error.getMostSpecificCause() instanceof Problem problem) {
            return answer(problem);
        }
        if (error.getCause() instanceof JsonProcessingException json) {
            return answer(JsonProblems.ofBody(json));
        }
        return answer(new MalformedRequest(error.getCause() == null ? "the request body is missing" : "the request body cannot be read"));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException invalid, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        FieldError first = invalid.getBindingResult().getFieldErrors().stream().findFirst().orElse(null);
        if (first == null) {
            return answer(new MalformedRequest(invalid.getBindingResult().getAllErrors().stream()
                    .map(e -> e.getDefaultMessage()).collect(Collectors.joining("; "))));
        }
        return answer(new InvalidField(first.getField(), first.getDefaultMessage()));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException invalid, HttpHeaders headers,
                                                                            HttpStatusCode status, WebRequest request) {
        return invalid.getParameterValidationResults().stream().findFirst()
                .map(result -> answer(new InvalidParameter(result.getMethodParameter().getParameterName(),
                        result.getMethodParameter().getParameterName() + " " + result.getResolvableErrors().get(0).getDefaultMessage())))
                .orElseGet(() -> answer(new MalformedRequest(invalid.getMessage())));
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException mismatch, HttpHeaders headers, HttpStatusCode status,
                                                        WebRequest request) {
        String name = mismatch.getPropertyName() == null ? "parameter" : mismatch.getPropertyName();
        Class<?> type = mismatch.getRequiredType();
        String kind = type == int.class || type == Integer.class || type == long.class || type == Long.class ? "a whole number"
                : type == null ? "valid" : "a " + type.getSimpleName();
        return answer(new InvalidParameter(name, name + " must be " + kind + ": '" + mismatch.getValue() + "'"));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotAcceptable(HttpMediaTypeNotAcceptableException notServed, HttpHeaders headers,
                                                                      HttpStatusCode status, WebRequest request) {
        String format = request.getParameter("format");
        String served = notServed.getSupportedMediaTypes().stream().map(MediaType::toString).collect(Collectors.joining(", "));
        return answer(format != null
                ? new NotAcceptable("format", "format '" + format + "' is not served here" + (served.isEmpty() ? "" : "; this path answers " + served))
                : new NotAcceptable("Accept", "none of the accepted formats is served here" + (served.isEmpty() ? "" : "; this path answers " + served)));
    }

    /** Spring MVC's other failures (no such path, a method not allowed...): their problem, with a reason named by the status. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception error, Object body, HttpHeaders headers, HttpStatusCode status,
                                                             WebRequest request) {
        if (body instanceof ProblemDetail detail) {
            if (detail.getProperties() == null || !detail.getProperties().containsKey(ProblemDetails.REASON)) {
                HttpStatus known = HttpStatus.resolve(status.value());
                detail.setProperty(ProblemDetails.REASON, known == null ? String.valueOf(status.value()) : known.name());
                detail.setProperty(ProblemDetails.FIELD, null);
            }
            headers.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        }
        return super.handleExceptionInternal(error, body, headers, status, request);
    }

    public static ResponseEntity<Object> answer(Problem problem) {
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(problem.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON);
        problem.retryAfter().ifPresent(after -> answer.header(HttpHeaders.RETRY_AFTER, String.valueOf(after.toSeconds())));
        return answer.body(ProblemDetails.of(problem));
    }

    private static String leaf(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
