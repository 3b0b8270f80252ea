package org.disclosureledger.casework.ledgerimport.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    @PostMapping(path = "/api/v1/imports", consumes = {NDJSON, MediaType.TEXT_PLAIN_VALUE}, produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Map<String, Object>> record(@RequestBody(required = false) byte[] body, HttpServletRequest request) {
        String content = body == null ? "" : new String(body, java.nio.charset.StandardCharsets.UTF_8);
        LedgerImport.Result result = ledgerImport.record(content, recorder.of(request));
        if (result.isRecorded()) {
            return ResponseEntity.ok(Map.of("recorded", result.recorded(), "alreadyRecorded", result.alreadyRecorded()));
        }
        List<Map<String, Object>> errors = result.errors().stream().map(error -> {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("line", error.line());
            if (error.field() != null) {
                json.put("field", error.field());
            }
            json.put("message", error.message());
            return json;
        }).toList();
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_ENTITY).body(Map.of("errors", errors));
    }
}
