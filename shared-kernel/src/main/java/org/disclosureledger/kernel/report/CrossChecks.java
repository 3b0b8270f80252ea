package org.disclosureledger.kernel.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.disclosureledger.kernel.application.ApplicantCategory;
import org.disclosureledger.kernel.proactive.PublicationChannel;

/**
 * The cross-checks (勾稽关系) C1–C6 of annual-report.md, on any report: one computed from the records (where they
 * hold by construction, so a failure is a bug) or one imported from outside (where they often fail). A failing
 * check says in its detail which cells disagree.
 */
public final class CrossChecks {
    private static final int COLUMNS = ApplicantCounts.TOTAL + 1;
    private static final int MAX_PROBLEMS_SHOWN = 5;

    private CrossChecks() {
    }

    /**
     * C1–C6 in order. C5 compares with {@code previousYear}, the report of the same agency and scope for the year
     * before; when there is none (null) C5 cannot be evaluated and is left out of the list.
     */
    public static List<CheckResult> evaluate(AnnualReport report, AnnualReport previousYear) {
        List<CheckResult> results = new ArrayList<>();
        results.add(c1(report.applications()));
        results.add(c2(report.applications()));
        results.add(c3(report.applications()));
        results.add(c4(report.reviewsAndLawsuits()));
        if (previousYear != null) {
            results.add(c5(report.applications(), previousYear.applications()));
        }
        results.add(c6(report));
        return List.copyOf(results);
    }

    /** Per column: NEW_THIS_YEAR + CARRIED_OVER_FROM_LAST_YEAR = TOTAL_CONCLUDED + CARRIED_FORWARD_TO_NEXT_YEAR. */
    public static CheckResult c1(ApplicationTable table) {
        List<String> problems = new ArrayList<>();
        for (int column = 0; column < COLUMNS; column++) {
            Long received = sum(table, column, problems, ApplicationTable.NEW_THIS_YEAR, ApplicationTable.CARRIED_OVER_FROM_LAST_YEAR);
            Long handled = sum(table, column, problems, ApplicationTable.TOTAL_CONCLUDED, ApplicationTable.CARRIED_FORWARD_TO_NEXT_YEAR);
            if (received != null && handled != null && !received.equals(handled)) {
                problems.add(columnName(column) + ": new + carried over = " + received + " but concluded + carried forward = " + handled);
            }
        }
        return result("C1", problems);
    }

    /** Per column: TOTAL_CONCLUDED = the sum of the 21 result rows. */
    public static CheckResult c2(ApplicationTable table) {
        List<String> problems = new ArrayList<>();
        for (int column = 0; column < COLUMNS; column++) {
            Long results = sum(table, column, problems, ApplicationTable.RESULT_ROWS.toArray(String[]::new));
            Long total = sum(table, column, problems, ApplicationTable.TOTAL_CONCLUDED);
            if (results != null && total != null && !results.equals(total)) {
                problems.add(columnName(column) + ": the result rows add up to " + results + " but TOTAL_CONCLUDED is " + total);
            }
        }
        return result("C2", problems);
    }

    /** Per row: TOTAL = the sum of the six applicant columns. */
    public static CheckResult c3(ApplicationTable table) {
        List<String> problems = new ArrayList<>();
        for (String code : ApplicationTable.ROW_CODES) {
            ApplicantCounts row = table.rows().get(code);
            if (row == null) {
                problems.add("row " + code + " is missing");
                continue;
            }
            long sum = 0;
            for (ApplicantCategory category : ApplicantCategory.values()) {
                sum += row.get(category);
            }
            if (sum != row.total()) {
                problems.add(code + ": the applicant columns add up to " + sum + " but TOTAL is " + row.total());
            }
        }
        return result("C3", problems);
    }

    /** Table 四: each TOTAL = UPHELD + CORRECTED + OTHER + PENDING. */
    public static CheckResult c4(ReviewsAndLawsuits table) {
        List<String> problems = new ArrayList<>();
        checkOutcomes("review", table.review(), problems);
        checkOutcomes("lawsuitDirect", table.lawsuitDirect(), problems);
        checkOutcomes("lawsuitAfterReview", table.lawsuitAfterReview(), problems);
        return result("C4", problems);
    }

    private static void checkOutcomes(String block, OutcomeCounts counts, List<String> problems) {
        long sum = counts.upheld() + counts.corrected() + counts.other() + counts.pending();
        if (sum != counts.total()) {
            problems.add(block + ": upheld + corrected + other + pending = " + sum + " but TOTAL is " + counts.total());
        }
    }

    /** CARRIED_OVER_FROM_LAST_YEAR of this year = CARRIED_FORWARD_TO_NEXT_YEAR of the year before, per column. */
    public static CheckResult c5(ApplicationTable table, ApplicationTable previousYear) {
        List<String> problems = new ArrayList<>();
        for (int column = 0; column < COLUMNS; column++) {
            Long carriedOver = sum(table, column, problems, ApplicationTable.CARRIED_OVER_FROM_LAST_YEAR);
            Long carriedForward = sum(previousYear, column, problems, ApplicationTable.CARRIED_FORWARD_TO_NEXT_YEAR);
            if (carriedOver != null && carriedForward != null && !carriedOver.equals(carriedForward)) {
                problems.add(columnName(column) + ": carried over " + carriedOver + " but the previous year carried forward "
                        + carriedForward);
            }
        }
        return result("C5", problems);
    }

    /** Every count of the report is a non-negative integer (amounts of money are non-negative by type). */
    public static CheckResult c6(AnnualReport report) {
        List<String> problems = new ArrayList<>();
        ProactiveDisclosure proactive = report.proactive();
        nonNegative("rules", problems, proactive.rules().issued(), proactive.rules().repealed(), proactive.rules().inForce());
        nonNegative("normativeDocuments", problems, proactive.normativeDocuments().issued(),
                proactive.normativeDocuments().repealed(), proactive.normativeDocuments().inForce());
        nonNegative("licensing", problems, proactive.licensing());
        nonNegative("penalty", problems, proactive.penalty());
        nonNegative("compulsion", problems, proactive.compulsion());
        nonNegative("publications", problems, proactive.publications().total());
        for (Map.Entry<PublicationChannel, Long> channel : proactive.publications().byChannel().entrySet()) {
            nonNegative("publications " + channel.getKey(), problems, channel.getValue());
        }
        for (Map.Entry<String, ApplicantCounts> row : report.applications().rows().entrySet()) {
            nonNegative(row.getKey(), problems, row.getValue().columns().stream().mapToLong(Long::longValue).toArray());
        }
        ReviewsAndLawsuits table4 = report.reviewsAndLawsuits();
        for (OutcomeCounts block : List.of(table4.review(), table4.lawsuitDirect(), table4.lawsuitAfterReview())) {
            nonNegative("table 四", problems, block.upheld(), block.corrected(), block.other(), block.pending(), block.total());
        }
        nonNegative("processingFees", problems, report.processingFees().applications());
        return result("C6", problems);
    }

    private static void nonNegative(String where, List<String> problems, long... counts) {
        for (long count : counts) {
            if (count < 0) {
                problems.add(where + " has a negative count " + count);
                return;
            }
        }
    }

    /** The sum of the rows in one column, or null (with the problem noted) when a row is missing. */
    private static Long sum(ApplicationTable table, int column, List<String> problems, String... codes) {
        long sum = 0;
        for (String code : codes) {
            ApplicantCounts row = table.rows().get(code);
            if (row == null) {
                String problem = "row " + code + " is missing";
                if (!problems.contains(problem)) {
                    problems.add(problem);
                }
                return null;
            }
            sum += row.columns().get(column);
        }
        return sum;
    }

    private static String columnName(int column) {
        return column == ApplicantCounts.TOTAL ? "TOTAL" : ApplicantCategory.values()[column].name();
    }

    private static CheckResult result(String id, List<String> problems) {
        if (problems.isEmpty()) {
            return new CheckResult(id, true, null);
        }
        List<String> shown = problems.size() > MAX_PROBLEMS_SHOWN ? problems.subList(0, MAX_PROBLEMS_SHOWN) : problems;
        String more = problems.size() > MAX_PROBLEMS_SHOWN ? "; and " + (problems.size() - MAX_PROBLEMS_SHOWN) + " more" : "";
        return new CheckResult(id, false, String.join("; ", shown) + more);
    }
}
