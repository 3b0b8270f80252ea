package org.disclosureledger.kernel.vocabulary;

import java.util.Arrays;
import java.util.stream.Collectors;

/** A term of an official vocabulary: a stable code (the enum constant) and its Chinese label. */
public interface OfficialTerm {
    String name();

    String label();

    /** Reads a code of the vocabulary, or says which codes exist. */
    static <E extends Enum<E> & OfficialTerm> E parse(Class<E> vocabulary, String code, String field) {
        if (code == null) {
            throw new IllegalArgumentException(field + " is missing");
        }
        for (E term : vocabulary.getEnumConstants()) {
            if (term.name().equals(code)) {
                return term;
            }
        }
        throw new IllegalArgumentException(field + ": unknown code '" + code + "' (expected one of "
                + Arrays.stream(vocabulary.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")) + ")");
    }
}
