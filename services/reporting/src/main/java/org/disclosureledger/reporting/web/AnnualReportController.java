package org.disclosureledger.reporting.web;

import org.disclosureledger.kernel.AgencyCode;
import org.disclosureledger.kernel.report.AnnualReport;
import org.disclosureledger.kernel.report.ReportFormat;
import org.disclosureledger.kernel.report.ReportFormats;
import org.disclosureledger.reporting.AnnualReports;
import org.disclosureledger.reporting.document.DocumentFormat;
import org.disclosureledger.reporting.document.ReportDocuments;
import org.disclosureledger.reporting.query.ReportNarratives;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The annual report of one agency or ({@code ?scope=consolidated}) of it and every agency under it, in the format that
 * Spring's content negotiation chooses ({@link ReportFormatNegotiation}): JSON (the interchange format), or the
 * published document as HTML (official layout, printable), Markdown or Word.
 */
@RestController
public class AnnualReportController {
    public static final String PATH = "/api/v1/agencies/{agency}/annual-reports/{year}";

    private final AnnualReports reports;
    private final ReportNarratives narratives;
    private final ReportFormats formats = ReportFormats.bundled();

    public AnnualReportController(AnnualReports reports, ReportNarratives narratives) {
        this.reports = reports;
        this.narratives = narratives;
    }

    @GetMapping(path = PATH, produces = {MediaType.APPLICATION_JSON_VALUE, DocumentFormat.HTML_TYPE, DocumentFormat.MARKDOWN_TYPE,
            DocumentFormat.DOCX_TYPE})
    public ResponseEntity<PublishedReport> report(@PathVariable String agency, @PathVariable String year,
                                                  @RequestParam(required = false) String scope) {
        AgencyCode code = ReportRequest.agency(agency);
        int reportYear = ReportRequest.year(year);
        AnnualReport report = reports.of(code, reportYear, ReportRequest.consolidated(scope))
                .orElseThrow(() -> new UnknownAgency(agency));
        return ResponseEntity.ok().header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
                .body(new PublishedReport(report, () -> ReportDocuments.assemble(report, layout(report), narratives.current(code, reportYear))));
    }

    private ReportFormat layout(AnnualReport report) {
        return formats.version(report.format()).orElseThrow(() -> new NoLayout(report.format()));
    }
}
