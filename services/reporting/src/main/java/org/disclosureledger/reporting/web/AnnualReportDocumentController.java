package org.disclosureledger.reporting.web;

import org.disclosureledger.reporting.document.DocumentFormat;
import org.disclosureledger.reporting.document.ReportDocument;
import org.disclosureledger.reporting.document.ReportDocuments;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import org.disclosureledger.kernel.AgencyCode;
import org.disclosureledger.kernel.report.AnnualReport;
import org.disclosureledger.kernel.report.ReportFormat;
import org.disclosureledger.kernel.report.ReportFormats;
import org.disclosureledger.reporting.AnnualReports;
import org.disclosureledger.reporting.query.ReportNarratives;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The published annual report as a document: HTML (official layout, printable), Markdown or Word, chosen by
 * {@code Accept} or by {@code ?format=html|markdown|docx} (which wins over {@code Accept}). The JSON of the same report
 * is another handler on the same path ({@code application/json}, {@code ?format=json}); these mappings leave it alone.
 * {@code ?scope=consolidated} asks for the report over the agency and every agency under it.
 */
@RestController
public class AnnualReportDocumentController {
    public static final String PATH = "/api/v1/agencies/{agency}/annual-reports/{year}";

    private final AnnualReports reports;
    private final ReportNarratives narratives;
    private final ReportFormats formats;

    public AnnualReportDocumentController(AnnualReports reports, ReportNarratives narratives) {
        this.reports = reports;
        this.narratives = narratives;
        this.formats = ReportFormats.bundled();
    }

    @GetMapping(path = PATH, produces = {DocumentFormat.HTML_TYPE, DocumentFormat.MARKDOWN_TYPE, DocumentFormat.DOCX_TYPE})
    public ResponseEntity<byte[]> byAccept(@PathVariable String agency, @PathVariable int year,
                                           @RequestParam(name = "scope", required = false) String scope,
                                           @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        return document(agency, year, scope, accepted(accept));
    }

    @GetMapping(path = PATH, params = "format=html")
    public ResponseEntity<byte[]> html(@PathVariable String agency, @PathVariable int year,
                                       @RequestParam(name = "scope", required = false) String scope) {
        return document(agency, year, scope, DocumentFormat.HTML);
    }

    @GetMapping(path = PATH, params = "format=markdown")
    public ResponseEntity<byte[]> markdown(@PathVariable String agency, @PathVariable int year,
                                           @RequestParam(name = "scope", required = false) String scope) {
        return document(agency, year, scope, DocumentFormat.MARKDOWN);
    }

    @GetMapping(path = PATH, params = "format=docx")
    public ResponseEntity<byte[]> docx(@PathVariable String agency, @PathVariable int year,
                                       @RequestParam(name = "scope", required = false) String scope) {
        return document(agency, year, scope, DocumentFormat.DOCX);
    }

    private ResponseEntity<byte[]> document(String agency, int year, String scope, DocumentFormat format) {
        AgencyCode code = agency(agency);
        AnnualReport report = reports.of(code, year, consolidated(scope))
                .orElseThrow(() -> new UnknownAgency(agency));
        ReportFormat layout = formats.version(report.format())
                .orElseThrow(() -> new NoLayout(report.format()));
        ReportDocument document = ReportDocuments.assemble(report, layout, narratives.current(code, year));
        ContentDisposition disposition = ContentDisposition.builder(format == DocumentFormat.DOCX ? "attachment" : "inline")
                .filename(document.title() + "." + format.extension(), StandardCharsets.UTF_8)
                .build();
        return ResponseEntity.ok()
                .contentType(format.mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
                .body(format.render(document));
    }

    /** The first of this controller's formats the client accepts, by quality and then in the order it listed them. */
    static DocumentFormat accepted(String accept) {
        List<MediaType> types;
        try {
            types = accept == null || accept.isBlank() ? List.of(MediaType.ALL) : MediaType.parseMediaTypes(accept);
        } catch (InvalidMediaTypeException e) {
            types = List.of(MediaType.ALL);
        }
        return types.stream()
                .sorted(Comparator.comparingDouble(MediaType::getQualityValue).reversed())
                .flatMap(type -> java.util.Arrays.stream(DocumentFormat.values())
                        .filter(format -> type.includes(format.mediaType().removeQualityValue())
                                && type.getQualityValue() > 0))
                .findFirst()
                .orElse(DocumentFormat.HTML);
    }

    private static boolean consolidated(String scope) {
        return ReportRequest.consolidated(scope);
    }

    private static AgencyCode agency(String agency) {
        return ReportRequest.agency(agency);
    }
}
