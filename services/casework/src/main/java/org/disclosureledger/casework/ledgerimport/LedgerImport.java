package org.disclosureledger.casework.ledgerimport;

import org.disclosureledger.casework.platform.axon.ImportAggregateCache;
import org.disclosureledger.platform.web.JsonErrors;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.HexFormat;
import org.disclosureledger.casework.agency.command.RegisterAgency;
import org.disclosureledger.casework.application.command.ApplicationReceipts;
import org.disclosureledger.casework.application.command.ApplicationRecord;
import org.disclosureledger.casework.platform.vocabulary.Dispatch;
import org.disclosureledger.casework.platform.vocabulary.Dispatch.Stage;
import org.disclosureledger.casework.platform.vocabulary.LedgerRecord;
import org.disclosureledger.casework.platform.vocabulary.LedgerRecords;
import org.disclosureledger.platform.problem.InvalidField;
import org.disclosureledger.casework.platform.recording.Recording;
import org.disclosureledger.casework.platform.problems.Refusal;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records a file of ledger records (JSON Lines) as one transaction: every line valid and possible at its point
 * of its case, or nothing recorded and every error listed by line. A line already recorded (same content) is
 * recorded once only. Lines may come in any order: agencies first (parents before children), then what opens
 * a case, then each case's steps in business-date order (ties in file order), then reviews and lawsuits.
 */
@Service
public class LedgerImport {
    /** An error of one line: its number (from 1), the field at fault where there is one, and why. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LineError(int line, String field, String message) {
    }

    public record Result(int recorded, int alreadyRecorded, List<LineError> errors) {
        public boolean isRecorded() {
            return errors.isEmpty();
        }
    }

    private record Line(int number, LedgerRecord record, Dispatch dispatch, String fingerprint) {
    }

    private static final ObjectMapper CANONICAL = new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private final ObjectMapper json;
    private final LedgerRecordReader reader;
    private final LedgerRecords records;
    private final ApplicationReceipts receipts;
    private final ImportAggregateCache cases;
    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final TransactionTemplate fileTransaction;
    private final TransactionTemplate lineSavepoint;

    public LedgerImport(ObjectMapper json, LedgerRecordReader reader, LedgerRecords records, ApplicationReceipts receipts,
                        ImportAggregateCache cases, JdbcClient jdbc, JdbcTemplate jdbcTemplate, PlatformTransactionManager transactions) {
        this.json = json;
        this.reader = reader;
        this.records = records;
        this.receipts = receipts;
        this.cases = cases;
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.fileTransaction = new TransactionTemplate(transactions);
        this.lineSavepoint = new TransactionTemplate(transactions);
        this.lineSavepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /** Records one record from the staff API: an {@link InvalidField} or {@link Refusal} says why not. */
    public Dispatch recordOne(LedgerRecord record, Recording recording) {
        Dispatch dispatch = records.read(record);
        fileTransaction.executeWithoutResult(status -> dispatch(record, dispatch, recording));
        return dispatch;
    }

    private void dispatch(LedgerRecord record, Dispatch dispatch, Recording recording) {
        if (record instanceof ApplicationRecord.Received receipt) {
            receipts.recordWithin(receipt, dispatch, recording);
        } else {
            records.record(dispatch, recording);
        }
    }

    public Result record(String content, Recording recording) {
        List<LineError> errors = new ArrayList<>();
        List<Line> lines = new ArrayList<>();
        Set<String> failedCases = new HashSet<>();
        String[] texts = content.split("\r?\n", -1);
        for (int i = 0; i < texts.length; i++) {
            if (texts[i].isBlank()) {
                continue;
            }
            read(i + 1, texts[i], lines, errors, failedCases);
        }
        if (lines.isEmpty() && errors.isEmpty()) {
            errors.add(new LineError(0, null, "the file has no ledger records"));
        }
        return cases.during(() -> fileTransaction.execute(status -> {
            Result result = recordInOrder(lines, errors, failedCases, recording);
            if (!result.isRecorded()) {
                status.setRollbackOnly();
            }
            return result;
        }));
    }

    private void read(int number, String text, List<Line> lines, List<LineError> errors, Set<String> failedCases) {
        JsonNode node;
        try {
            node = json.readTree(text);
        } catch (JsonProcessingException e) {
            errors.add(new LineError(number, null, "not a JSON object: " + JsonErrors.inLine(e)));
            return;
        }
        try {
            LedgerRecordReader.Read read = reader.read(node);
            lines.add(new Line(number, read.record(), read.dispatch(), fingerprint(read.record().agency(), node)));
        } catch (InvalidField e) {
            errors.add(new LineError(number, e.field(), e.getMessage()));
            // a case whose opening line is in error: its other lines are not reported again as of an unknown case
            LedgerRecordReader.openedCase(node).ifPresent(failedCases::add);
        }
    }

    private Result recordInOrder(List<Line> lines, List<LineError> errors, Set<String> failedCases, Recording recording) {
        Set<String> alreadyRecorded = alreadyRecorded(lines);
        Set<String> seen = new HashSet<>();
        List<Line> recordedLines = new ArrayList<>();
        int repeated = 0;
        for (Line line : inRecordingOrder(lines)) {
            if (alreadyRecorded.contains(line.fingerprint()) || !seen.add(line.fingerprint())) {
                repeated++;
                continue;
            }
            Dispatch dispatch = line.dispatch();
            if (failedCases.contains(line.record().agency()) || (!dispatch.opensCase() && failedCases.contains(dispatch.caseKey()))) {
                continue;
            }
            try {
                lineSavepoint.executeWithoutResult(status -> dispatch(line.record(), dispatch, recording));
                recordedLines.add(line);
            } catch (Refusal refusal) {
                cases.forget();
                errors.add(new LineError(line.number(), refusal.field(), refusal.getMessage()));
                if (dispatch.opensCase() && dispatch.caseKey() != null) {
                    failedCases.add(dispatch.caseKey());
                }
            }
        }
        errors.sort(Comparator.comparingInt(LineError::line));
        if (!errors.isEmpty()) {
            return new Result(0, 0, List.copyOf(errors));
        }
        remember(recordedLines, recording);
        return new Result(recordedLines.size(), repeated, List.of());
    }

    /** Agencies first, parents before children; then by stage, each case's lines together by business date and line. */
    private static List<Line> inRecordingOrder(List<Line> lines) {
        Map<String, String> parents = new HashMap<>();
        for (Line line : lines) {
            if (line.dispatch().command() instanceof RegisterAgency registration && registration.parent() != null) {
                parents.put(registration.agency().value(), registration.parent().value());
            }
        }
        List<Line> ordered = new ArrayList<>(lines);
        ordered.sort(Comparator.comparing((Line line) -> line.dispatch().stage())
                .thenComparingInt(line -> line.dispatch().stage() == Stage.AGENCIES ? depth(line.record().agency(), parents) : 0)
                .thenComparing(line -> line.dispatch().caseKey(), Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(line -> line.dispatch().on(), Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparingInt(Line::number));
        return ordered;
    }

    private static int depth(String agency, Map<String, String> parents) {
        int depth = 0;
        Set<String> visited = new HashSet<>();
        for (String at = parents.get(agency); at != null && visited.add(at); at = parents.get(at)) {
            depth++;
        }
        return depth;
    }

    private Set<String> alreadyRecorded(List<Line> lines) {
        if (lines.isEmpty()) {
            return Set.of();
        }
        String[] fingerprints = lines.stream().map(Line::fingerprint).toArray(String[]::new);
        return new HashSet<>(jdbc.sql("SELECT fingerprint FROM casework.recorded_ledger_line WHERE fingerprint = ANY(?)")
                .param(fingerprints)
                .query(String.class)
                .list());
    }

    /** The fingerprints of the lines recorded, in one batch once every line has been recorded. */
    private void remember(List<Line> lines, Recording recording) {
        Timestamp at = Timestamp.from(recording.at());
        jdbcTemplate.batchUpdate("""
                        INSERT INTO casework.recorded_ledger_line (fingerprint, agency, record_type, recorded_at, recorded_by)
                        VALUES (?, ?, ?, ?, ?)""", lines, 1000, (statement, line) -> {
                    statement.setString(1, line.fingerprint());
                    statement.setString(2, line.record().agency());
                    statement.setString(3, line.record().type());
                    statement.setTimestamp(4, at);
                    statement.setString(5, recording.by());
                });
    }

    /** A line's identity is its content: the SHA-256 of its JSON with keys in order. */
    static String fingerprint(String agency, JsonNode node) {
        try {
            byte[] canonical = CANONICAL.writeValueAsBytes(CANONICAL.treeToValue(node, Object.class));
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(agency.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest(canonical));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot fingerprint a ledger line", e);
        }
    }
}
