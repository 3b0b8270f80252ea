package org.disclosureledger.casework.agency.web;

import org.disclosureledger.casework.platform.web.Paths;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import org.disclosureledger.casework.agency.read.AgencyDirectory;
import org.disclosureledger.casework.ledgerimport.LedgerImport;
import org.disclosureledger.casework.ledgerimport.LedgerRecord;
import org.disclosureledger.casework.platform.recording.Recorder;
import org.disclosureledger.casework.platform.problems.Refusal;
import org.disclosureledger.kernel.AgencyCode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Agencies and their hierarchy; and single ledger records of an agency (documents, publications, decisions, reviews, lawsuits). */
@RestController
public class AgencyController {
    private final AgencyDirectory directory;
    private final LedgerImport ledger;
    private final Recorder recorder;

    public AgencyController(AgencyDirectory directory, LedgerImport ledger, Recorder recorder) {
        this.directory = directory;
        this.ledger = ledger;
        this.recorder = recorder;
    }

    @GetMapping("/api/v1/agencies")
    public List<AgencyDirectory.Entry> agencies() {
        return directory.all();
    }

    @GetMapping("/api/v1/agencies/{agency}")
    public AgencyDirectory.Entry agency(@PathVariable String agency) {
        AgencyCode code = Paths.agency(agency);
        return directory.find(code).orElseThrow(() -> new Refusal(Refusal.Reason.UNKNOWN_AGENCY, "agency",
                "agency '" + agency + "' is not registered"));
    }

    /** Body: {agency, name, level, parent?} as in the AgencyRegistered record. */
    @PostMapping("/api/v1/agencies")
    public ResponseEntity<AgencyDirectory.Entry> register(@RequestBody ObjectNode body, HttpServletRequest request) {
        body.put("type", "AgencyRegistered");
        LedgerRecord record = ledger.recordOne(body, recorder.of(request));
        return ResponseEntity.created(URI.create("/api/v1/agencies/" + record.agency()))
                .body(directory.find(record.agency()).orElseThrow());
    }

    /** Body: one ledger record of this agency, in the interchange vocabulary ({type, on, ...}). */
    @PostMapping("/api/v1/agencies/{agency}/records")
    public ResponseEntity<RecordedAnswer> record(@PathVariable String agency, @RequestBody ObjectNode body, HttpServletRequest request) {
        body.put("agency", Paths.agency(agency).value());
        LedgerRecord record = ledger.recordOne(body, recorder.of(request));
        return ResponseEntity.status(201).body(new RecordedAnswer(record.type(), record.caseKey(), record.businessDate()));
    }

    public record RecordedAnswer(String type, String recordedFor, java.time.LocalDate on) {
    }
}
