package org.disclosureledger.kernel.report;

import java.util.List;
import org.disclosureledger.kernel.application.ApplicantCategory;

/**
 * One row of table 三: a count per applicant column in {@link ApplicantCategory} order, then the total (总计).
 * The total is kept as given so that a report from outside can be checked (C3).
 */
public record ApplicantCounts(List<Long> columns) {
    public static final int TOTAL = ApplicantCategory.values().length;

    public ApplicantCounts {
        columns = List.copyOf(columns);
        if (columns.size() != TOTAL + 1) {
            throw new IllegalArgumentException("a row of table 三 has " + (TOTAL + 1) + " cells, not " + columns.size());
        }
    }

    /** A row from its six applicant counts, with their sum as the total. */
    public static ApplicantCounts of(long[] byCategory) {
        Long[] cells = new Long[TOTAL + 1];
        long total = 0;
        for (int i = 0; i < TOTAL; i++) {
            cells[i] = byCategory[i];
            total += byCategory[i];
        }
        cells[TOTAL] = total;
        return new ApplicantCounts(List.of(cells));
    }

    public long get(ApplicantCategory category) {
        return columns.get(category.ordinal());
    }

    public long total() {
        return columns.get(TOTAL);
    }
}
