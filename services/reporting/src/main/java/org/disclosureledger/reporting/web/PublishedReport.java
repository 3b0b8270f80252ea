package org.disclosureledger.reporting.web;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.function.Supplier;
import org.disclosureledger.kernel.report.AnnualReport;
import org.disclosureledger.reporting.document.ReportDocument;

/**
 * The annual report as the report path answers it, in whatever format was negotiated: its JSON (the interchange
 * format) or, assembled only when a document is asked for, the published document.
 */
public record PublishedReport(AnnualReport report, Supplier<ReportDocument> document) {

    @JsonValue
    public AnnualReportJson json() {
        return AnnualReportJson.of(report);
    }
}
