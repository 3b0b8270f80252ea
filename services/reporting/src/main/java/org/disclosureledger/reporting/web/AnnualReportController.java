package org.disclosureledger.reporting.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.disclosureledger.kernel.AgencyCode;
import org.disclosureledger.kernel.report.AnnualReport;
import org.disclosureledger.reporting.ProjectedAnnualReports;
import org.disclosureledger.reporting.calculation.CellProvenance;
import org.disclosureledger.platform.problem.InvalidParameter;
import org.disclosureledger.platform.problem.NotAcceptable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The annual report as JSON ({@code Accept: application/json} or {@code ?format=json}), of one agency or
 * ({@code ?scope=consolidated}) of it and every agency under it; and, for auditors, the cases counted in one cell.
 */
@RestController
public class AnnualReportController {
    static final String REPORT = "/api/v1/agencies/{agency}/annual-reports/{year}";

    private final ProjectedAnnualReports reports;

    public AnnualReportController(ProjectedAnnualReports reports) {
        this.reports = reports;
    }

    @GetMapping(path = REPORT, produces = MediaType.APPLICATION_JSON_VALUE)
    public Map<String, Object> report(@PathVariable String agency, @PathVariable String year,
                                      @RequestParam(required = false) String scope,
                                      @RequestParam(required = false) String format) {
        if (format != null && !format.equals("json")) {
            throw new NotAcceptable("format", "format '" + format + "' is not served here; this endpoint answers format=json");
        }
        AgencyCode code = agency(agency);
        AnnualReport report = reports.of(code, year(year), consolidated(scope)).orElseThrow(() -> unknown(agency));
        return AnnualReportJson.of(report);
    }

    /** {@code ?format=json} whatever the Accept header says. */
    @GetMapping(path = REPORT, params = "format=json")
    public ResponseEntity<Map<String, Object>> reportAsJson(@PathVariable String agency, @PathVariable String year,
                                                            @RequestParam(required = false) String scope) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(report(agency, year, scope, "json"));
    }

    /** The cases counted in one cell, e.g. {@code ?table=3&row=DISCLOSED&column=NATURAL_PERSON}; see {@link CellProvenance}. */
    @GetMapping(path = REPORT + "/provenance", produces = MediaType.APPLICATION_JSON_VALUE)
    public Map<String, Object> provenance(@PathVariable String agency, @PathVariable String year,
                                          @RequestParam(required = false) String scope, @RequestParam(required = false) String table,
                                          @RequestParam(required = false) String row, @RequestParam(required = false) String column) {
        AgencyCode code = agency(agency);
        int reportYear = year(year);
        boolean consolidated = consolidated(scope);
        CellProvenance.Cell cell;
        try {
            cell = reports.provenance(code, reportYear, consolidated, table, row, column).orElseThrow(() -> unknown(agency));
        } catch (IllegalArgumentException e) {
            throw new InvalidParameter("cell", e.getMessage());
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("agency", code.value());
        json.put("year", reportYear);
        json.put("scope", consolidated ? "consolidated" : "agency");
        json.put("reviewCountingPolicy", reports.reviewCountingPolicy().name());
        json.put("table", cell.table());
        json.put("row", cell.row());
        if (cell.column() != null) {
            json.put("column", cell.column());
        }
        json.put("count", cell.count());
        if (cell.amount() != null) {
            json.put("amountYuan", cell.amount().toString());
        }
        json.put("cases", cell.facts());
        return json;
    }

    private static AgencyCode agency(String agency) {
        return ReportRequest.agency(agency);
    }

    private static int year(String year) {
        return ReportRequest.year(year);
    }

    private static boolean consolidated(String scope) {
        return ReportRequest.consolidated(scope);
    }

    private static UnknownAgency unknown(String agency) {
        return new UnknownAgency(agency);
    }
}
