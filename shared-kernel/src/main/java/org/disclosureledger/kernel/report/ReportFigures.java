package org.disclosureledger.kernel.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.disclosureledger.kernel.AgencyCode;
import org.disclosureledger.kernel.application.ApplicantCategory;
import org.disclosureledger.kernel.application.ApplicationResult;
import org.disclosureledger.kernel.money.Yuan;
import org.disclosureledger.kernel.proactive.PublicationChannel;

/**
 * Every figure of an annual report by a stable name, as printed: counts as integers, money in 元 with two decimals
 * ({@code …Yuan}) or in 万元 as exact as it needs ({@code …WanYuan}). The layouts ({@link ReportFormat}) place figures
 * in table cells by these names, and staff quote them in the narrative as placeholders ({@code {{publications.total}}}).
 *
 * <ul>
 *   <li>{@code agencyName}, {@code year}</li>
 *   <li>{@code publications.total}, {@code publications.byChannel.<PublicationChannel>} (0 for a channel without items)</li>
 *   <li>{@code proactive.rules.issued|repealed|inForce}, {@code proactive.normativeDocuments.issued|repealed|inForce},
 *       {@code proactive.licensing}, {@code proactive.penalty}, {@code proactive.compulsion},
 *       {@code proactive.administrativeFeesYuan}, {@code proactive.administrativeFeesWanYuan}</li>
 *   <li>{@code applications.<row code>.<ApplicantCategory or TOTAL>} for the 25 rows of table 三</li>
 *   <li>{@code reviewsAndLawsuits.review|lawsuitDirect|lawsuitAfterReview.UPHELD|CORRECTED|OTHER|PENDING|TOTAL}</li>
 *   <li>{@code processingFees.applications}, {@code processingFees.amountYuan}</li>
 * </ul>
 */
public final class ReportFigures {
    public static final String TOTAL_COLUMN = "TOTAL";

    /** The 25 row codes of table 三, in printed order. */
    public static final List<String> APPLICATION_ROWS = applicationRows();

    /** The column codes of table 三, in printed order: the applicant categories, then TOTAL. */
    public static final List<String> APPLICATION_COLUMNS = applicationColumns();

    private static final Set<String> NAMES = Collections.unmodifiableSet(of(zeroReport()).keySet());

    private ReportFigures() {
    }

    /** The name of every figure there is. */
    public static Set<String> names() {
        return NAMES;
    }

    public static boolean isKnown(String name) {
        return NAMES.contains(name);
    }

    /** The figures of {@code report}, by name, as printed. */
    public static Map<String, String> of(AnnualReport report) {
        Map<String, String> figures = new LinkedHashMap<>();
        figures.put("agencyName", report.agencyName());
        figures.put("year", String.valueOf(report.year()));

        ProactiveDisclosure proactive = report.proactive();
        figures.put("publications.total", count(proactive.publications().total()));
        for (PublicationChannel channel : PublicationChannel.values()) {
            figures.put("publications.byChannel." + channel.name(),
                    count(proactive.publications().byChannel().getOrDefault(channel, 0L)));
        }
        documents(figures, "proactive.rules", proactive.rules());
        documents(figures, "proactive.normativeDocuments", proactive.normativeDocuments());
        figures.put("proactive.licensing", count(proactive.licensing()));
        figures.put("proactive.penalty", count(proactive.penalty()));
        figures.put("proactive.compulsion", count(proactive.compulsion()));
        figures.put("proactive.administrativeFeesYuan", proactive.administrativeFees().toString());
        figures.put("proactive.administrativeFeesWanYuan", proactive.administrativeFees().inWanYuan());

        for (String row : APPLICATION_ROWS) {
            ApplicantCounts counts = report.applications().row(row);
            for (int column = 0; column < APPLICATION_COLUMNS.size(); column++) {
                figures.put("applications." + row + "." + APPLICATION_COLUMNS.get(column), count(counts.columns().get(column)));
            }
        }

        ReviewsAndLawsuits table = report.reviewsAndLawsuits();
        outcomes(figures, "reviewsAndLawsuits.review", table.review());
        outcomes(figures, "reviewsAndLawsuits.lawsuitDirect", table.lawsuitDirect());
        outcomes(figures, "reviewsAndLawsuits.lawsuitAfterReview", table.lawsuitAfterReview());

        figures.put("processingFees.applications", count(report.processingFees().applications()));
        figures.put("processingFees.amountYuan", report.processingFees().amount().toString());
        return figures;
    }

    private static void documents(Map<String, String> figures, String prefix, DocumentCounts counts) {
        figures.put(prefix + ".issued", count(counts.issued()));
        figures.put(prefix + ".repealed", count(counts.repealed()));
        figures.put(prefix + ".inForce", count(counts.inForce()));
    }

    private static void outcomes(Map<String, String> figures, String prefix, OutcomeCounts counts) {
        figures.put(prefix + ".UPHELD", count(counts.upheld()));
        figures.put(prefix + ".CORRECTED", count(counts.corrected()));
        figures.put(prefix + ".OTHER", count(counts.other()));
        figures.put(prefix + ".PENDING", count(counts.pending()));
        figures.put(prefix + ".TOTAL", count(counts.total()));
    }

    private static String count(long value) {
        return Long.toString(value);
    }

    private static List<String> applicationRows() {
        List<String> rows = new ArrayList<>();
        rows.add(ApplicationTable.NEW_THIS_YEAR);
        rows.add(ApplicationTable.CARRIED_OVER_FROM_LAST_YEAR);
        for (ApplicationResult result : ApplicationResult.values()) {
            rows.add(result.name());
        }
        rows.add(ApplicationTable.TOTAL_CONCLUDED);
        rows.add(ApplicationTable.CARRIED_FORWARD_TO_NEXT_YEAR);
        return List.copyOf(rows);
    }

    private static List<String> applicationColumns() {
        List<String> columns = new ArrayList<>();
        for (ApplicantCategory category : ApplicantCategory.values()) {
            columns.add(category.name());
        }
        columns.add(TOTAL_COLUMN);
        return List.copyOf(columns);
    }

    private static AnnualReport zeroReport() {
        Map<String, ApplicantCounts> rows = new LinkedHashMap<>();
        for (String row : APPLICATION_ROWS) {
            rows.put(row, ApplicantCounts.of(new long[ApplicantCategory.values().length]));
        }
        return new AnnualReport(AgencyCode.of("figures"), "", 2021, "2021", false, ReviewCountingPolicy.FILED_IN_YEAR,
                new ProactiveDisclosure(DocumentCounts.NONE, DocumentCounts.NONE, 0, 0, 0, Yuan.ZERO, new Publications(0, Map.of())),
                new ApplicationTable(rows), new ReviewsAndLawsuits(OutcomeCounts.NONE, OutcomeCounts.NONE, OutcomeCounts.NONE),
                new ProcessingFees(0, Yuan.ZERO), List.of());
    }
}
