package org.disclosureledger.kernel.report;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Table 三 (收到和处理政府信息公开申请情况): the 25 rows by code, in printed order: NEW_THIS_YEAR,
 * CARRIED_OVER_FROM_LAST_YEAR, the 21 result rows ({@code ApplicationResult}), TOTAL_CONCLUDED,
 * CARRIED_FORWARD_TO_NEXT_YEAR.
 */
public record ApplicationTable(Map<String, ApplicantCounts> rows) {
    public static final String NEW_THIS_YEAR = "NEW_THIS_YEAR";
    public static final String CARRIED_OVER_FROM_LAST_YEAR = "CARRIED_OVER_FROM_LAST_YEAR";
    public static final String TOTAL_CONCLUDED = "TOTAL_CONCLUDED";
    public static final String CARRIED_FORWARD_TO_NEXT_YEAR = "CARRIED_FORWARD_TO_NEXT_YEAR";

    public ApplicationTable {
        rows = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(rows));
    }

    public ApplicantCounts row(String code) {
        ApplicantCounts row = rows.get(code);
        if (row == null) {
            throw new IllegalArgumentException("table 三 has no row " + code);
        }
        return row;
    }
}
