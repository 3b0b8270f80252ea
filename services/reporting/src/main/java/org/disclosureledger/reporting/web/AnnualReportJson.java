package org.disclosureledger.reporting.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
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
public record AnnualReportJson(String agency, String agencyName, int year, String format,
                               @JsonInclude(JsonInclude.Include.NON_NULL) String scope, String reviewCountingPolicy,
                               Proactive proactive, Applications applications, ReviewsAndLawsuits reviewsAndLawsuits,
                               ProcessingFees processingFees, List<Check> checks) {
    public static final List<String> COLUMNS = columns();

    public record Proactive(Documents rules, Documents normativeDocuments, long licensing, long penalty, long compulsion,
                            String administrativeFeesYuan, Publications publications) {
    }

    public record Documents(long issued, long repealed, long inForce) {
    }

    public record Publications(long total, Map<String, Long> byChannel) {
    }

    public record Applications(List<String> columns, Map<String, List<Long>> rows) {
    }

    public record ReviewsAndLawsuits(Outcomes review, Outcomes lawsuitDirect, Outcomes lawsuitAfterReview) {
    }

    public record Outcomes(@JsonProperty("UPHELD") long upheld, @JsonProperty("CORRECTED") long corrected,
                           @JsonProperty("OTHER") long other, @JsonProperty("PENDING") long pending, @JsonProperty("TOTAL") long total) {
    }

    public record ProcessingFees(long applications, String amountYuan) {
    }

    public record Check(String id, boolean passed, @JsonInclude(JsonInclude.Include.NON_NULL) String detail) {
    }

    public static AnnualReportJson of(AnnualReport report) {
        return new AnnualReportJson(report.agency().value(), report.agencyName(), report.year(), report.format(),
                report.consolidated() ? "consolidated" : null, report.reviewCountingPolicy().name(),
                proactive(report.proactive()), applications(report.applications()),
                new ReviewsAndLawsuits(outcomes(report.reviewsAndLawsuits().review()), outcomes(report.reviewsAndLawsuits().lawsuitDirect()),
                        outcomes(report.reviewsAndLawsuits().lawsuitAfterReview())),
                new ProcessingFees(report.processingFees().applications(), report.processingFees().amount().toString()),
                report.checks().stream().map(AnnualReportJson::check).toList());
    }

    private static Proactive proactive(ProactiveDisclosure proactive) {
        Map<String, Long> byChannel = new LinkedHashMap<>();
        for (PublicationChannel channel : PublicationChannel.values()) {
            long items = proactive.publications().byChannel().getOrDefault(channel, 0L);
            if (items != 0) {
                byChannel.put(channel.name(), items);
            }
        }
        return new Proactive(documents(proactive.rules()), documents(proactive.normativeDocuments()), proactive.licensing(),
                proactive.penalty(), proactive.compulsion(), proactive.administrativeFees().toString(),
                new Publications(proactive.publications().total(), byChannel));
    }

    private static Documents documents(DocumentCounts counts) {
        return new Documents(counts.issued(), counts.repealed(), counts.inForce());
    }

    private static Applications applications(ApplicationTable table) {
        Map<String, List<Long>> rows = new LinkedHashMap<>();
        for (String code : ApplicationTable.ROW_CODES) {
            rows.put(code, table.row(code).columns());
        }
        return new Applications(COLUMNS, rows);
    }

    private static Outcomes outcomes(OutcomeCounts counts) {
        return new Outcomes(counts.upheld(), counts.corrected(), counts.other(), counts.pending(), counts.total());
    }

    private static Check check(CheckResult check) {
        return new Check(check.id(), check.passed(), !check.passed() ? check.detail() : null);
    }

    private static List<String> columns() {
        List<String> columns = new ArrayList<>(Arrays.stream(ApplicantCategory.values()).map(Enum::name).toList());
        columns.add("TOTAL");
        return List.copyOf(columns);
    }
}
