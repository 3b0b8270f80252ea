package org.disclosureledger.casework.narrative.web;

import org.disclosureledger.casework.platform.web.Paths;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.disclosureledger.casework.agency.command.RegisteredAgencies;
import org.disclosureledger.casework.platform.recording.CaseHistory;
import org.disclosureledger.casework.platform.recording.CaseworkGateway;
import org.disclosureledger.casework.platform.recording.Recorder;
import org.disclosureledger.casework.platform.recording.Recording;
import org.disclosureledger.casework.platform.problems.Refusal;
import org.disclosureledger.casework.platform.problems.Refusal.Reason;
import org.disclosureledger.casework.narrative.command.ReviseReportNarrative;
import org.disclosureledger.kernel.report.AnnualReportId;
import org.disclosureledger.kernel.report.NarrativeSection;
import org.disclosureledger.kernel.report.ReportFormat;
import org.disclosureledger.kernel.report.ReportFormats;
import org.disclosureledger.kernel.report.ReportNarrativeRevised;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The staff API of the annual report's narrative sections (一 总体情况, 五 存在的主要问题及改进情况, 六 其他需要报告的事项):
 * write or revise a section's text, read its current text and every revision with who recorded it and when.
 */
@RestController
public class NarrativeController {
    private static final String PATH = "/api/v1/agencies/{agency}/annual-reports/{year}/narrative";

    private final CaseworkGateway gateway;
    private final CaseHistory histories;
    private final RegisteredAgencies agencies;
    private final Recorder recorder;

    public NarrativeController(CaseworkGateway gateway, CaseHistory histories, RegisteredAgencies agencies, Recorder recorder) {
        this.gateway = gateway;
        this.histories = histories;
        this.agencies = agencies;
        this.recorder = recorder;
    }

    /** Body: {"text": "...", "on": "2022-01-10"?}; {@code on}, the date of the revision, defaults to today in China. */
    @PutMapping(path = PATH + "/{section}", produces = MediaType.APPLICATION_JSON_VALUE)
    public NarrativeView revise(@PathVariable String agency, @PathVariable int year, @PathVariable String section,
                                @RequestBody RevisionBody body, HttpServletRequest request) {
        AnnualReportId report = report(agency, year);
        Recording recording = recorder.of(request);
        LocalDate on = body.on() == null ? recording.today() : body.on();
        gateway.record(new ReviseReportNarrative(report, section, body.text(), on), recording);
        return view(report, format(report), NarrativeSection.valueOf(section));
    }

    @GetMapping(path = PATH + "/{section}", produces = MediaType.APPLICATION_JSON_VALUE)
    public NarrativeView read(@PathVariable String agency, @PathVariable int year, @PathVariable String section) {
        AnnualReportId report = report(agency, year);
        agencies.requireRegistered(report.agency());
        ReportFormat format = format(report);
        NarrativeSection narrative = format.narrativeSections().stream().filter(s -> s.name().equals(section)).findFirst()
                .orElseThrow(() -> new Refusal(Reason.UNKNOWN_CASE, "section", "the " + format.version()
                        + " format has no narrative section '" + section + "'; its narrative sections are " + format.narrativeSections()));
        return view(report, format, narrative);
    }

    /** Every narrative section of the report's format, in printed order. */
    @GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    public List<NarrativeView> readAll(@PathVariable String agency, @PathVariable int year) {
        AnnualReportId report = report(agency, year);
        agencies.requireRegistered(report.agency());
        ReportFormat format = format(report);
        return format.narrativeSections().stream().map(section -> view(report, format, section)).toList();
    }

    private NarrativeView view(AnnualReportId report, ReportFormat format, NarrativeSection section) {
        List<Revision> revisions = new ArrayList<>();
        for (CaseHistory.Entry entry : histories.of(report.toString())) {
            if (entry.event() instanceof ReportNarrativeRevised revised && revised.section() == section) {
                revisions.add(new Revision(revisions.size() + 1, revised.text(), revised.revisedOn(), entry.recordedBy(), entry.recordedAt()));
            }
        }
        Revision current = revisions.isEmpty() ? null : revisions.get(revisions.size() - 1);
        return new NarrativeView(report.agency().value(), report.year(), section.name(),
                format.section(section).orElseThrow().numberedHeading(), current == null ? null : current.text(),
                current == null ? null : current.on(), revisions);
    }

    private static AnnualReportId report(String agency, int year) {
        try {
            return AnnualReportId.of(Paths.agency(agency), year);
        } catch (IllegalArgumentException e) {
            throw new Refusal(Reason.INVALID_VALUE, "year", e.getMessage());
        }
    }

    private static ReportFormat format(AnnualReportId report) {
        return ReportFormats.bundled().forYear(report.year()).orElseThrow(() -> new Refusal(Reason.UNKNOWN_CASE, "year",
                "no annual report format covers the year " + report.year()));
    }

    public record RevisionBody(String text, LocalDate on) {
    }

    /** A narrative section: its current text (null until written), and every revision, oldest first. */
    public record NarrativeView(String agency, int year, String section, String heading, String text, LocalDate revisedOn,
                                List<Revision> revisions) {
    }

    public record Revision(int revision, String text, LocalDate on, String recordedBy, String recordedAt) {
    }
}
