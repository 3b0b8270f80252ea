package org.disclosureledger.casework.platform.vocabulary;

import java.util.function.Function;
import org.disclosureledger.kernel.AgencyCode;
import org.disclosureledger.platform.problem.InvalidField;

/** Reads the identifiers of a record by the kernel's own rules, refusing a malformed one naming its field. */
public final class Identifiers {
    private Identifiers() {
    }

    public static AgencyCode agency(String code) {
        return of("agency", code, AgencyCode::of);
    }

    public static AgencyCode optionalAgency(String field, String code) {
        return code == null ? null : of(field, code, AgencyCode::of);
    }

    /** A number of the agency's own (case, document, item), checked by the given constructor. */
    public static <T> T of(String field, String text, Function<String, T> constructor) {
        if (text == null) {
            throw new InvalidField(field, "is missing");
        }
        try {
            return constructor.apply(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidField(field, e.getMessage());
        }
    }
}
