package org.disclosureledger.kernel;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Pattern;

/** An agency's code: letters, digits, '.', '_' and '-', at most 64 characters (never '/'). */
public record AgencyCode(String value) {
    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");

    public AgencyCode {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("agency code must be 1-64 letters, digits, '.', '_' or '-', starting with a letter or digit: " + value);
        }
    }

    @JsonCreator
    public static AgencyCode of(String value) {
        return new AgencyCode(value);
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
