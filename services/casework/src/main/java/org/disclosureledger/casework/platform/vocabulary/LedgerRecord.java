package org.disclosureledger.casework.platform.vocabulary;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import org.disclosureledger.kernel.AgencyCode;

/**
 * One record of the ledger vocabulary ({@code shared/spec/interchange.md}): a line of an import file, or the body of
 * a request of the staff API, each a typed record named by its {@code type}. Each slice owns its records and their one
 * mapping to the command that records them ({@link #dispatch()}); the shape of each field (required, ranges) is
 * declared on the record with Bean Validation, what needs a case's state stays in the aggregates. Which types exist is
 * known where the slices meet (the ledger import registers them all).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
public interface LedgerRecord {
    /** The agency's code as written in the record. */
    String agency();

    /** The same record of another agency: the staff API takes the agency from its path. */
    LedgerRecord forAgency(AgencyCode agency);

    /**
     * The command that records it, with the case it opens or continues and its place in a file's order. An
     * identifier that is malformed is refused here, naming its field.
     */
    Dispatch dispatch();

    /** The record's type, as in its {@code type} field. */
    default String type() {
        JsonTypeName name = getClass().getAnnotation(JsonTypeName.class);
        return name == null ? getClass().getSimpleName() : name.value();
    }
}
