package org.disclosureledger.casework.ledgerimport.web;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import org.disclosureledger.casework.agency.command.AgencyRecord;
import org.disclosureledger.casework.application.command.ApplicationRecord;
import org.disclosureledger.casework.ledgerimport.LedgerImport;
import org.disclosureledger.casework.litigation.command.LitigationRecord;
import org.disclosureledger.casework.proactive.command.ProactiveRecord;
import org.disclosureledger.casework.platform.recording.Recorder;
import org.disclosureledger.casework.platform.vocabulary.Dispatch;
import org.disclosureledger.casework.platform.vocabulary.LedgerRecord;
import org.disclosureledger.casework.platform.web.Paths;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/agencies/{agency}/records}: any one record of the ledger vocabulary for the agency of the path
 * (documents, publications, decisions, fees, reviews, lawsuits), read and recorded as a line of an import would be.
 */
@RestController
public class RecordController {
    private final LedgerImport ledgerImport;
    private final Recorder recorder;

    public RecordController(LedgerImport ledgerImport, Recorder recorder) {
        this.ledgerImport = ledgerImport;
        this.recorder = recorder;
    }

    /** What was recorded: the record's type, the case it was recorded for (none for facts outside a case), its date. */
    public record RecordedAnswer(String type, String recordedFor, LocalDate on) {
    }

    @PostMapping("/api/v1/agencies/{agency}/records")
    public ResponseEntity<RecordedAnswer> record(@PathVariable String agency, @io.swagger.v3.oas.annotations.parameters.RequestBody(description = "one record of the ledger "
            + "vocabulary (shared/spec/interchange.md), named by its type; the agency is the path's", content = @Content(schema = @Schema(
            oneOf = {AgencyRecord.Registered.class, ApplicationRecord.Received.class, ApplicationRecord.SupplementRequested.class,
                    ApplicationRecord.SupplementReceived.class, ApplicationRecord.SupplementLapsed.class,
                    ApplicationRecord.ConsultationStarted.class, ApplicationRecord.ConsultationEnded.class,
                    ApplicationRecord.ReplyExtended.class, ApplicationRecord.ReplyDeferred.class, ApplicationRecord.FeeNoticeIssued.class, ApplicationRecord.FeeWaived.class, ApplicationRecord.FeePaid.class,
                    ApplicationRecord.FeeLapsed.class, ApplicationRecord.ApplicationWithdrawn.class,
                    ApplicationRecord.ApplicationAnswered.class, ProactiveRecord.DocumentIssued.class, ProactiveRecord.DocumentRepealed.class,
                    ProactiveRecord.DecisionsRecorded.class, ProactiveRecord.AdministrativeFeesCollected.class,
                    ProactiveRecord.InformationPublished.class, LitigationRecord.ReviewFiled.class, LitigationRecord.ReviewConcluded.class,
                    LitigationRecord.LawsuitFiled.class, LitigationRecord.LawsuitConcluded.class})))
            @RequestBody LedgerRecord body, HttpServletRequest request) {
        LedgerRecord record = body.forAgency(Paths.agency(agency));
        Dispatch dispatch = ledgerImport.recordOne(record, recorder.of(request));
        return ResponseEntity.status(HttpStatus.CREATED).body(new RecordedAnswer(record.type(), dispatch.caseKey(), dispatch.on()));
    }
}
