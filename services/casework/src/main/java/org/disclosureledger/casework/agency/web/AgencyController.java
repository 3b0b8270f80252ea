package org.disclosureledger.casework.agency.web;

import org.disclosureledger.casework.platform.web.Paths;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import org.disclosureledger.casework.agency.read.AgencyDirectory;
import org.disclosureledger.casework.agency.command.AgencyRecord;
import org.disclosureledger.casework.platform.vocabulary.LedgerRecords;
import org.disclosureledger.casework.platform.recording.Recorder;
import org.disclosureledger.casework.platform.problems.Refusal;
import org.disclosureledger.kernel.AgencyCode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Agencies and their hierarchy. */
@RestController
public class AgencyController {
    private final AgencyDirectory directory;
    private final LedgerRecords records;
    private final Recorder recorder;

    public AgencyController(AgencyDirectory directory, LedgerRecords records, Recorder recorder) {
        this.directory = directory;
        this.records = records;
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

    /** Body: the AgencyRegistered record ({agency, name, level, parent?}). */
    @PostMapping("/api/v1/agencies")
    public ResponseEntity<AgencyDirectory.Entry> register(@RequestBody AgencyRecord.Registered body, HttpServletRequest request) {
        records.record(body, recorder.of(request));
        AgencyCode code = AgencyCode.of(body.agency());
        return ResponseEntity.created(URI.create("/api/v1/agencies/" + code)).body(directory.find(code).orElseThrow());
    }
}
