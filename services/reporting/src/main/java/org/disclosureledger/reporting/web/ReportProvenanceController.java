package org.disclosureledger.reporting.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.disclosureledger.kernel.AgencyCode;
import org.disclosureledger.reporting.ProjectedAnnualReports;
import org.disclosureledger.reporting.calculation.CellProvenance;
import org.disclosureledger.platform.problem.InvalidParameter;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** For auditors: the cases counted in one cell of the annual report, e.g. {@code ?table=3&row=DISCLOSED&column=NATURAL_PERSON}. */
@RestController
public class ReportProvenanceController {
    private final ProjectedAnnualReports reports;

    public ReportProvenanceController(ProjectedAnnualReports reports) {
        this.reports = reports;
    }

    /** One cell: where it is, what it counts (and the amount of a money cell), and the facts counted. */
    public record CellAnswer(String agency, int year, String scope, String reviewCountingPolicy, String table, String row,
                             @JsonInclude(JsonInclude.Include.NON_NULL) String column, long count,
                             @JsonInclude(JsonInclude.Include.NON_NULL) String amountYuan, List<?> cases) {
    }

    @GetMapping(path = AnnualReportController.PATH + "/provenance", produces = MediaType.APPLICATION_JSON_VALUE)
    public CellAnswer provenance(@PathVariable String agency, @PathVariable String year,
                                 @RequestParam(required = false) String scope, @RequestParam(required = false) String table,
                                 @RequestParam(required = false) String row, @RequestParam(required = false) String column) {
        AgencyCode code = ReportRequest.agency(agency);
        int reportYear = ReportRequest.year(year);
        boolean consolidated = ReportRequest.consolidated(scope);
        CellProvenance.Cell cell;
        try {
            cell = reports.provenance(code, reportYear, consolidated, table, row, column).orElseThrow(() -> new UnknownAgency(agency));
        } catch (IllegalArgumentException e) {
            throw new InvalidParameter("cell", e.getMessage());
        }
        return new CellAnswer(code.value(), reportYear, consolidated ? "consolidated" : "agency", reports.reviewCountingPolicy().name(),
                cell.table(), cell.row(), cell.column(), cell.count(), cell.amount() == null ? null : cell.amount().toString(), cell.facts());
    }
}
