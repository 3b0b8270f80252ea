package org.disclosureledger.reporting.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.disclosureledger.kernel.application.ApplicantCategory;
import org.disclosureledger.kernel.proactive.PublicationChannel;
import org.disclosureledger.kernel.report.AnnualReport;
import org.disclosureledger.kernel.report.ApplicationTable;
import org.disclosureledger.kernel.report.CheckResult;
import org.disclosureledger.kernel.report.DocumentCounts;
import org.disclosureledger.kernel.report.OutcomeCounts;
import org.disclosureledger.kernel.report.ProactiveDisclosure;

/**
 * The annual report JSON of shared/spec/interchange.md, field for field and in its order: money as decimal strings
 * in 元, table 三 as 25 rows of 7 numbers in printed order, {@code byChannel} with only channels that have items.
 * A consolidated report adds the optional field {@code "scope": "consolidated"}.
 */
public final class AnnualReportJson {
    public static final List<String> COLUMNS = columns();

    private AnnualReportJson() {
    }

    public static Map<String, Object> of(AnnualReport report) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("agency", report.agency().value());
        json.put("agencyName", report.agencyName());
        json.put("year", report.year());
        json.put("format", report.format());
        if (report.consolidated()) {
            json.put("scope", "consolidated");
        }
        json.put("reviewCountingPolicy", report.reviewCountingPolicy().name());
        json.put("proactive", proactive(report.proactive()));
        json.put("applications", applications(report.applications()));
        Map<String, Object> table4 = new LinkedHashMap<>();
        table4.put("review", outcomes(report.reviewsAndLawsuits().review()));
        table4.put("lawsuitDirect", outcomes(report.reviewsAndLawsuits().lawsuitDirect()));
        table4.put("lawsuitAfterReview", outcomes(report.reviewsAndLawsuits().lawsuitAfterReview()));
        json.put("reviewsAndLawsuits", table4);
        Map<String, Object> fees = new LinkedHashMap<>();
        fees.put("applications", report.processingFees().applications());
        fees.put("amountYuan", report.processingFees().amount().toString());
        json.put("processingFees", fees);
        json.put("checks", report.checks().stream().map(AnnualReportJson::check).toList());
        return json;
    }

    private static Map<String, Object> proactive(ProactiveDisclosure proactive) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("rules", documents(proactive.rules()));
        json.put("normativeDocuments", documents(proactive.normativeDocuments()));
        json.put("licensing", proactive.licensing());
        json.put("penalty", proactive.penalty());
        json.put("compulsion", proactive.compulsion());
        json.put("administrativeFeesYuan", proactive.administrativeFees().toString());
        Map<String, Long> byChannel = new LinkedHashMap<>();
        for (PublicationChannel channel : PublicationChannel.values()) {
            long items = proactive.publications().byChannel().getOrDefault(channel, 0L);
            if (items != 0) {
                byChannel.put(channel.name(), items);
            }
        }
        Map<String, Object> publications = new LinkedHashMap<>();
        publications.put("total", proactive.publications().total());
        publications.put("byChannel", byChannel);
        json.put("publications", publications);
        return json;
    }

    private static Map<String, Object> documents(DocumentCounts counts) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("issued", counts.issued());
        json.put("repealed", counts.repealed());
        json.put("inForce", counts.inForce());
        return json;
    }

    private static Map<String, Object> applications(ApplicationTable table) {
        Map<String, Object> rows = new LinkedHashMap<>();
        for (String code : ApplicationTable.ROW_CODES) {
            rows.put(code, table.row(code).columns());
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("columns", COLUMNS);
        json.put("rows", rows);
        return json;
    }

    private static Map<String, Object> outcomes(OutcomeCounts counts) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("UPHELD", counts.upheld());
        json.put("CORRECTED", counts.corrected());
        json.put("OTHER", counts.other());
        json.put("PENDING", counts.pending());
        json.put("TOTAL", counts.total());
        return json;
    }

    private static Map<String, Object> check(CheckResult check) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", check.id());
        json.put("passed", check.passed());
        if (!check.passed() && check.detail() != null) {
            json.put("detail", check.detail());
        }
        return json;
    }

    private static List<String> columns() {
        List<String> columns = new ArrayList<>(Arrays.stream(ApplicantCategory.values()).map(Enum::name).toList());
        columns.add("TOTAL");
        return List.copyOf(columns);
    }
}
