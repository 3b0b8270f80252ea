package org.disclosureledger.casework.ledgerimport.web;

import jakarta.servlet.http.HttpServletRequest;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.disclosureledger.casework.ledgerimport.LedgerImport;
import org.disclosureledger.casework.platform.recording.Recorder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/imports}: a file of ledger records, recorded whole or not at all. */
@RestController
public class ImportController {
    public static final String NDJSON = "application/x-ndjson";

    private final LedgerImport ledgerImport;
    private final Recorder recorder;

    public ImportController(LedgerImport ledgerImport, Recorder recorder) {
        this.ledgerImport = ledgerImport;
        this.recorder = recorder;
    }

    /** The answer: what was recorded, or every error by line with nothing recorded. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ImportAnswer(Integer recorded, Integer alreadyRecorded, List<LedgerImport.LineError> errors) {
    }

    @PostMapping(path = "/api/v1/imports", consumes = {NDJSON, MediaType.TEXT_PLAIN_VALUE}, produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<ImportAnswer> record(@RequestBody(required = false) byte[] body, HttpServletRequest request) {
        String content = body == null ? "" : new String(body, StandardCharsets.UTF_8);
        LedgerImport.Result result = ledgerImport.record(content, recorder.of(request));
        if (result.isRecorded()) {
            return ResponseEntity.ok(new ImportAnswer(result.recorded(), result.alreadyRecorded(), null));
        }
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_ENTITY).body(new ImportAnswer(null, null, result.errors()));
    }
}
