package org.disclosureledger.casework.application.web;

import org.disclosureledger.casework.platform.web.Paths;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.disclosureledger.casework.application.personaldata.ApplicantParticulars;
import org.disclosureledger.casework.application.personaldata.Erasure;
import org.disclosureledger.casework.application.read.ApplicationCaseView;
import org.disclosureledger.casework.application.read.OpenLimits;
import org.disclosureledger.casework.calendar.command.WorkingDayCalendars;
import org.disclosureledger.casework.platform.recording.CaseHistory;
import org.disclosureledger.casework.application.command.ApplicationReceipts;
import org.disclosureledger.casework.application.command.ApplicationRecord;
import org.disclosureledger.casework.platform.vocabulary.LedgerRecords;
import org.disclosureledger.casework.application.personaldata.ApplicantParticularsStore;
import org.disclosureledger.casework.application.personaldata.PersonalDataAccess;
import org.disclosureledger.casework.platform.recording.Recorder;
import org.disclosureledger.casework.platform.recording.Recording;
import org.disclosureledger.casework.platform.problems.Refusal;
import org.disclosureledger.kernel.application.ApplicationId;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The staff API of disclosure applications: register one as it arrives, record each step of its handling,
 * read its state, its due date with the reasons, and its full history. The applicant's particulars (personal data,
 * kept outside the events) are read or erased only by the agency's staff ({@link PersonalDataAccess}).
 */
@RestController
public class ApplicationController {
    private final ApplicationReceipts receipts;
    private final LedgerRecords records;
    private final CaseHistory histories;
    private final ApplicantParticularsStore particulars;
    private final PersonalDataAccess personalData;
    private final Recorder recorder;
    private final OpenLimits limits;
    private final WorkingDayCalendars calendars;
    private final Clock clock;

    public ApplicationController(ApplicationReceipts receipts, LedgerRecords records, CaseHistory histories,
                                 ApplicantParticularsStore particulars, PersonalDataAccess personalData, Recorder recorder,
                                 OpenLimits limits, WorkingDayCalendars calendars, Clock clock) {
        this.receipts = receipts;
        this.records = records;
        this.histories = histories;
        this.particulars = particulars;
        this.personalData = personalData;
        this.recorder = recorder;
        this.limits = limits;
        this.calendars = calendars;
        this.clock = clock;
    }

    /** Body: the ApplicationReceived record, its agency from the path. */
    @PostMapping("/api/v1/agencies/{agency}/applications")
    public ResponseEntity<ApplicationCaseView> receive(@PathVariable String agency, @RequestBody ApplicationRecord.Received body,
                                                       HttpServletRequest request) {
        ApplicationId id = receipts.record(body.forAgency(Paths.agency(agency)), recorder.of(request));
        return ResponseEntity.created(URI.create("/api/v1/agencies/" + agency + "/applications/" + id.number())).body(view(id));
    }

    /** Body: one step in the ledger vocabulary, e.g. {"type": "ReplyExtended", "on": "2021-03-01", "workingDays": 10}. */
    @PostMapping("/api/v1/agencies/{agency}/applications/{application}/steps")
    public ApplicationCaseView step(@PathVariable String agency, @PathVariable String application,
                                    @RequestBody ApplicationRecord.Step body, HttpServletRequest request) {
        ApplicationId id = Paths.application(agency, application);
        records.record(body.of(id), recorder.of(request));
        return view(id);
    }

    /** With {@code ?include=applicant}, also the applicant's particulars (or when and by whom they were erased): staff only. */
    @GetMapping("/api/v1/agencies/{agency}/applications/{application}")
    public Object state(@PathVariable String agency, @PathVariable String application,
                        @RequestParam(name = "include", required = false) List<String> include) {
        ApplicationId id = Paths.application(agency, application);
        if (include == null || !include.contains("applicant")) {
            return view(id);
        }
        personalData.requireToSee(id.agency());
        return new CaseWithApplicant(view(id), particulars.find(id).orElse(null), particulars.erasureOf(id).orElse(null));
    }

    /** The case with the applicant's particulars (null once erased), and when and by whom they were erased, if they were. */
    public record CaseWithApplicant(@JsonProperty("case") ApplicationCaseView caseView, ApplicantParticulars applicant,
                                    @JsonInclude(JsonInclude.Include.NON_NULL) Erasure applicantErasure) {
    }

    /** Erases the applicant's particulars (staff of the agency itself, or an administrator); the case and its events stay. */
    @DeleteMapping("/api/v1/agencies/{agency}/applications/{application}/applicant")
    public ResponseEntity<Void> eraseApplicant(@PathVariable String agency, @PathVariable String application, HttpServletRequest request) {
        ApplicationId id = Paths.application(agency, application);
        personalData.requireToErase(id.agency());
        existing(id);
        particulars.erase(id, recorder.of(request));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/v1/agencies/{agency}/applications/{application}/history")
    public List<CaseHistory.Entry> history(@PathVariable String agency, @PathVariable String application) {
        ApplicationId id = Paths.application(agency, application);
        return existing(id);
    }

    private ApplicationCaseView view(ApplicationId id) {
        return ApplicationCaseView.of(id, existing(id), limits, calendars.current(), LocalDate.ofInstant(clock.instant(), Recording.CHINA));
    }

    private List<CaseHistory.Entry> existing(ApplicationId id) {
        List<CaseHistory.Entry> history = histories.of(id.toString());
        if (history.isEmpty()) {
            throw new Refusal(Refusal.Reason.UNKNOWN_CASE, "application", "no application '" + id.number()
                    + "' has been recorded for agency " + id.agency());
        }
        return history;
    }
}
