package org.disclosureledger.casework.ledgerimport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import org.disclosureledger.casework.platform.vocabulary.Dispatch;
import org.disclosureledger.casework.platform.vocabulary.LedgerRecord;
import org.disclosureledger.casework.platform.vocabulary.LedgerRecords;
import org.disclosureledger.platform.problem.InvalidField;
import org.disclosureledger.platform.problem.Problem;
import org.disclosureledger.platform.web.JsonProblems;
import org.springframework.stereotype.Component;

/**
 * Reads one line of a ledger file into its typed {@link LedgerRecord} (with the application's own JSON mapper, as the
 * staff API reads a request) and maps it to its command; an {@link InvalidField} names the field at fault.
 */
@Component
public class LedgerRecordReader {
    /** A line read: its record and what records it. */
    public record Read(LedgerRecord record, Dispatch dispatch) {
    }

    private final ObjectMapper json;
    private final LedgerRecords records;

    public LedgerRecordReader(ObjectMapper json, LedgerRecords records) {
        this.json = json;
        this.records = records;
    }

    public Read read(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new InvalidField("line", "must be a JSON object");
        }
        JsonNode type = node.get("type");
        if (type == null || type.isNull()) {
            throw new InvalidField("type", "is missing");
        }
        if (!type.isTextual()) {
            throw new InvalidField("type", "must be a string");
        }
        if (!LedgerVocabulary.has(type.asText())) {
            throw new InvalidField("type", "unknown record type '" + type.asText() + "' (expected one of "
                    + String.join(", ", LedgerVocabulary.names()) + ")");
        }
        LedgerRecord record;
        try {
            record = json.treeToValue(node, LedgerRecord.class);
        } catch (JsonMappingException e) {
            throw asField(JsonProblems.field(e));
        } catch (JsonProcessingException e) {
            throw asField(JsonProblems.ofBody(e));
        }
        return new Read(record, records.read(record));
    }

    private static InvalidField asField(Problem problem) {
        return problem instanceof InvalidField field ? field : new InvalidField("line", problem.getMessage());
    }

    /**
     * The key of the case a record would open ({@code agency/kind/number}, or the agency for AgencyRegistered), read
     * from the raw JSON: for telling which lines depend on a line that could not be read.
     */
    public static Optional<String> openedCase(JsonNode node) {
        String type = node.path("type").asText();
        String agency = node.path("agency").asText();
        if ("AgencyRegistered".equals(type)) {
            return Optional.of(agency);
        }
        String kind = LedgerVocabulary.CASE_OPENINGS.get(type);
        if (kind == null || !node.hasNonNull(kind)) {
            return Optional.empty();
        }
        return Optional.of(agency + "/" + kind + "/" + node.path(kind).asText());
    }
}
