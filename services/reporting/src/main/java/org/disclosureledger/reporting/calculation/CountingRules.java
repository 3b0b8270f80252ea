package org.disclosureledger.reporting.calculation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.disclosureledger.kernel.report.ApplicationTable;
import org.disclosureledger.kernel.report.ReviewCountingPolicy;

/**
 * The counting rules of annual-report.md, one fact at a time: the cells of year Y's report that a fact counts in.
 * The report adds these up and the provenance of a cell lists the facts that count in it, so both always agree.
 */
public final class CountingRules {
    public static final String ISSUED = "issued";
    public static final String REPEALED = "repealed";
    public static final String IN_FORCE = "inForce";
    public static final String PENDING = "PENDING";

    private CountingRules() {
    }

    /**
     * The rows of table 三 an application counts in (in its applicant's column): received in Y → NEW_THIS_YEAR;
     * received before Y and not concluded before 1 January → CARRIED_OVER_FROM_LAST_YEAR; concluded in Y → its
     * one result row and TOTAL_CONCLUDED; received by 31 December and not concluded by then →
     * CARRIED_FORWARD_TO_NEXT_YEAR.
     */
    public static List<String> applicationRows(ApplicationFact application, ReportYear year) {
        List<String> rows = new ArrayList<>(4);
        boolean receivedBefore = application.receivedOn().isBefore(year.firstDay());
        boolean concludedBefore = application.concludedOn() != null && application.concludedOn().isBefore(year.firstDay());
        if (year.contains(application.receivedOn())) {
            rows.add(ApplicationTable.NEW_THIS_YEAR);
        }
        if (receivedBefore && !concludedBefore) {
            rows.add(ApplicationTable.CARRIED_OVER_FROM_LAST_YEAR);
        }
        if (year.contains(application.concludedOn())) {
            rows.add(application.result().name());
            rows.add(ApplicationTable.TOTAL_CONCLUDED);
        }
        if (year.reachedBy(application.receivedOn()) && !year.reachedBy(application.concludedOn())) {
            rows.add(ApplicationTable.CARRIED_FORWARD_TO_NEXT_YEAR);
        }
        return rows;
    }

    /**
     * The column of table 四 a review or lawsuit counts in (within its block), or none. {@code FILED_IN_YEAR}:
     * filed in Y, under its outcome if concluded by 31 December, else PENDING. {@code CONCLUDED_OR_PENDING}:
     * concluded in Y under its outcome, or filed by 31 December and still open then as PENDING.
     */
    public static Optional<String> litigationColumn(LitigationFact litigation, ReportYear year, ReviewCountingPolicy policy) {
        boolean concludedByYearEnd = year.reachedBy(litigation.concludedOn());
        return switch (policy) {
            case FILED_IN_YEAR -> !year.contains(litigation.filedOn()) ? Optional.empty()
                    : Optional.of(concludedByYearEnd ? litigation.outcome().name() : PENDING);
            case CONCLUDED_OR_PENDING -> year.contains(litigation.concludedOn()) ? Optional.of(litigation.outcome().name())
                    : year.reachedBy(litigation.filedOn()) && !concludedByYearEnd ? Optional.of(PENDING) : Optional.empty();
        };
    }

    /**
     * The columns of table 二 a document counts in: issued in Y, repealed in Y, and in force at the end of Y
     * (issued by 31 December and not repealed by then).
     */
    public static List<String> documentColumns(DocumentFact document, ReportYear year) {
        List<String> columns = new ArrayList<>(3);
        if (year.contains(document.issuedOn())) {
            columns.add(ISSUED);
        }
        if (year.contains(document.repealedOn())) {
            columns.add(REPEALED);
        }
        if (year.reachedBy(document.issuedOn()) && !year.reachedBy(document.repealedOn())) {
            columns.add(IN_FORCE);
        }
        return columns;
    }

    /** Section 六: the application's information processing fee was paid in Y. */
    public static boolean processingFeePaidIn(ApplicationFact application, ReportYear year) {
        return year.contains(application.feePaidOn());
    }
}
