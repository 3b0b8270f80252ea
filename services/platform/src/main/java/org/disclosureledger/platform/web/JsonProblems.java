package org.disclosureledger.platform.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.stream.Collectors;
import org.disclosureledger.platform.problem.InvalidField;
import org.disclosureledger.platform.problem.MalformedRequest;
import org.disclosureledger.platform.problem.Problem;

/**
 * What is wrong with JSON that could not be read into a typed record, as a {@link Problem}: malformed JSON
 * ({@link MalformedRequest}), or a field that is not of its kind ({@link InvalidField}, named by its path such as
 * {@code holidays[0]}). Says what is wrong without quoting free text, which may hold an applicant's particulars;
 * only codes and dates, which are never personal, are repeated.
 */
public final class JsonProblems {
    private JsonProblems() {
    }

    /** The problem of a whole request body. */
    public static Problem ofBody(JsonProcessingException error) {
        if (error instanceof JsonMappingException mapping && !mapping.getPath().isEmpty() || error instanceof InvalidTypeIdException) {
            return field((JsonMappingException) error);
        }
        if (error instanceof JsonMappingException mapping && mapping.getCause() instanceof Problem problem) {
            return problem;
        }
        if (error instanceof MismatchedInputException) {
            return new MalformedRequest("the request body must be a JSON object");
        }
        return new MalformedRequest("the request body is not valid JSON: " + JsonErrors.inText(error));
    }

    /** The field at fault of a JSON value that was read but does not fit its record. */
    public static Problem field(JsonMappingException error) {
        if (error instanceof InvalidTypeIdException typeId) {
            String known = between(typeId.getOriginalMessage(), "known type ids = [", "]");
            if (typeId.getTypeId() == null) {
                return new InvalidField(typeId.getBaseType() == null ? "type" : property(typeId), "is missing");
            }
            return new InvalidField("type", "unknown record type '" + typeId.getTypeId() + "'"
                    + (known == null ? "" : " (expected one of " + known + ")"));
        }
        String field = path(error);
        if (error.getCause() instanceof Problem problem) {
            return problem;
        }
        if (error.getCause() instanceof IllegalArgumentException cause && cause.getMessage() != null) {
            // a creator or reader of the published language refused the value, saying why
            return new InvalidField(field, cause.getMessage());
        }
        if (error instanceof InvalidFormatException format) {
            Class<?> target = format.getTargetType();
            if (target != null && target.isEnum()) {
                return new InvalidField(field, "unknown code '" + format.getValue() + "' (expected one of "
                        + Arrays.stream(target.getEnumConstants()).map(c -> ((Enum<?>) c).name()).collect(Collectors.joining(", ")) + ")");
            }
            if (target == LocalDate.class) {
                return new InvalidField(field, "'" + format.getValue() + "' is not a date of the form YYYY-MM-DD");
            }
            return new InvalidField(field, mustBe(target));
        }
        if (error instanceof MismatchedInputException mismatch) {
            if (mismatch.getTargetType() == LocalDate.class && error.getCause() != null) {
                return new InvalidField(field, "is not a date of the form YYYY-MM-DD");
            }
            return new InvalidField(field, mustBe(mismatch.getTargetType()));
        }
        if (error.getCause() instanceof java.time.DateTimeException) {
            return new InvalidField(field, "is not a date of the form YYYY-MM-DD");
        }
        return new InvalidField(field, "cannot be read");
    }

    private static String mustBe(Class<?> target) {
        if (target == null) {
            return "is not of the right kind";
        }
        if (target == String.class) {
            return "must be a string";
        }
        if (target == Integer.class || target == int.class || target == Long.class || target == long.class) {
            return "must be a whole number";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "must be true or false";
        }
        if (target == LocalDate.class) {
            return "must be a date string of the form YYYY-MM-DD";
        }
        if (target.isEnum()) {
            return "must be one of " + Arrays.stream(target.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                    .collect(Collectors.joining(", "));
        }
        if (Collection.class.isAssignableFrom(target) || target.isArray()) {
            return "must be an array";
        }
        return "must be a JSON object";
    }

    /** The path of the value at fault: {@code workingDays}, {@code holidays[0]}, {@code parent.name}. */
    static String path(JsonMappingException error) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : error.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    private static String property(InvalidTypeIdException error) {
        String path = path(error);
        return path.equals("body") ? "type" : path + ".type";
    }

    private static String between(String text, String start, String end) {
        if (text == null) {
            return null;
        }
        int from = text.indexOf(start);
        if (from < 0) {
            return null;
        }
        int to = text.indexOf(end, from + start.length());
        return to < 0 ? null : text.substring(from + start.length(), to);
    }
}
