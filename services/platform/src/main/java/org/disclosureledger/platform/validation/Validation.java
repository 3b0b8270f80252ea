package org.disclosureledger.platform.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.disclosureledger.platform.problem.InvalidField;

/**
 * Checks a request record against its Bean Validation constraints, refusing it with the first field at fault in the
 * record's own order ({@link InvalidField}: "field: what is wrong"), so that the same record is refused alike by the
 * API and by a file import.
 */
public final class Validation {
    private final Validator validator;

    public Validation(Validator validator) {
        this.validator = validator;
    }

    public <T> T requireValid(T request) {
        Set<ConstraintViolation<T>> violations = validator.validate(request);
        if (violations.isEmpty()) {
            return request;
        }
        List<String> order = request.getClass().isRecord()
                ? Arrays.stream(request.getClass().getRecordComponents()).map(RecordComponent::getName).toList()
                : List.of();
        ConstraintViolation<T> first = violations.stream()
                .min(Comparator.comparingInt((ConstraintViolation<T> v) -> rank(order, v))
                        .thenComparing(v -> v.getPropertyPath().toString())
                        .thenComparing(ConstraintViolation::getMessage))
                .orElseThrow();
        String field = first.getPropertyPath().toString();
        throw new InvalidField(field.isEmpty() ? "body" : field, first.getMessage());
    }

    private static int rank(List<String> order, ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        String head = path.split("[.\\[]", 2)[0];
        int at = order.indexOf(head);
        return at < 0 ? Integer.MAX_VALUE : at;
    }
}
