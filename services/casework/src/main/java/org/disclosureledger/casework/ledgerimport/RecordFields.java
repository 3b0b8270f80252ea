package org.disclosureledger.casework.ledgerimport;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import org.disclosureledger.casework.platform.problems.FieldError;
import org.disclosureledger.kernel.AgencyCode;
import org.disclosureledger.kernel.money.Yuan;
import org.disclosureledger.kernel.vocabulary.OfficialTerm;

/** The fields of one ledger record, each read with an error that names the field and what is wrong with it. */
public final class RecordFields {
    private final JsonNode node;

    RecordFields(JsonNode node) {
        this.node = node;
    }


    private JsonNode value(String field, boolean required) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                throw new FieldError(field, "is missing");
            }
            return null;
        }
        return value;
    }

    String text(String field) {
        return textValue(field, true);
    }

    String optionalText(String field) {
        return textValue(field, false);
    }

    private String textValue(String field, boolean required) {
        JsonNode value = value(field, required);
        if (value == null) {
            return null;
        }
        if (!value.isTextual()) {
            throw new FieldError(field, "must be a string");
        }
        if (required && value.asText().isBlank()) {
            throw new FieldError(field, "is empty");
        }
        return value.asText();
    }

    LocalDate date(String field) {
        return dateValue(field, true);
    }

    LocalDate optionalDate(String field) {
        return dateValue(field, false);
    }

    private LocalDate dateValue(String field, boolean required) {
        String text = textValue(field, required);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new FieldError(field, "'" + text + "' is not a date of the form YYYY-MM-DD");
        }
    }

    int integer(String field) {
        JsonNode value = value(field, true);
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw new FieldError(field, "must be a whole number");
        }
        return value.intValue();
    }

    Integer optionalInteger(String field) {
        return value(field, false) == null ? null : integer(field);
    }

    Yuan optionalMoney(String field) {
        return value(field, false) == null ? null : money(field);
    }

    boolean bool(String field) {
        JsonNode value = value(field, true);
        if (!value.isBoolean()) {
            throw new FieldError(field, "must be true or false");
        }
        return value.booleanValue();
    }

    Yuan money(String field) {
        JsonNode value = value(field, true);
        if (!value.isTextual() && !value.isNumber()) {
            throw new FieldError(field, "must be a decimal string in 元 such as \"12.50\"");
        }
        try {
            return Yuan.parse(value.isTextual() ? value.asText() : value.decimalValue().toPlainString());
        } catch (IllegalArgumentException e) {
            throw new FieldError(field, e.getMessage());
        }
    }

    <E extends Enum<E> & OfficialTerm> E code(String field, Class<E> vocabulary) {
        String text = text(field);
        try {
            return OfficialTerm.parse(vocabulary, text, field);
        } catch (IllegalArgumentException e) {
            throw new FieldError(field, e.getMessage().substring(field.length() + 2));
        }
    }

    AgencyCode agency(String field) {
        return id(field, AgencyCode::of);
    }

    AgencyCode optionalAgency(String field) {
        return optionalText(field) == null ? null : agency(field);
    }

    /** A number of the agency's own (case, document, item), checked by the given constructor. */
    <T> T id(String field, Function<String, T> constructor) {
        String text = text(field);
        try {
            return constructor.apply(text);
        } catch (IllegalArgumentException e) {
            throw new FieldError(field, e.getMessage());
        }
    }
}
