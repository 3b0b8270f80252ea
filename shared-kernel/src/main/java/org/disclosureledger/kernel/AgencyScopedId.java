package org.disclosureledger.kernel;

/**
 * A case, document or item numbered by its agency: the agency's code and its own number, unique within the
 * agency and the kind. The text form {@code agency/kind/number} (for example {@code hancong/application/2021-7})
 * is the aggregate identifier, unique across kinds; agency codes and kinds never contain '/', so it parses back.
 */
public interface AgencyScopedId {
    AgencyCode agency();

    String number();

    /** The kind of thing numbered, as written in the text form: application, review, lawsuit, document, item. */
    String kind();

    static String validNumber(String number, String what) {
        if (number == null || number.isBlank()) {
            throw new IllegalArgumentException(what + " number is missing");
        }
        if (number.length() > 100) {
            throw new IllegalArgumentException(what + " number is longer than 100 characters");
        }
        if (!number.strip().equals(number) || number.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException(what + " number has surrounding spaces or control characters: " + number);
        }
        return number;
    }

    /** Splits {@code agency/kind/number} into agency and number, checking the kind. */
    static String[] split(String text, String kind) {
        String infix = "/" + kind + "/";
        int at = text == null ? -1 : text.indexOf(infix);
        if (at < 1 || text.substring(0, at).contains("/")) {
            throw new IllegalArgumentException(kind + " id must read agency" + infix + "number: " + text);
        }
        return new String[] {text.substring(0, at), text.substring(at + infix.length())};
    }

    static String format(AgencyScopedId id) {
        return id.agency() + "/" + id.kind() + "/" + id.number();
    }
}
