package org.disclosureledger.kernel.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.disclosureledger.kernel.application.ApplicationResult;

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

    /** The 21 result rows (三、本年度办理结果), in printed order. */
    public static final List<String> RESULT_ROWS = Arrays.stream(ApplicationResult.values()).map(Enum::name).toList();

    /** All 25 row codes of the table, in printed order. */
    public static final List<String> ROW_CODES = rowCodes();

    private static List<String> rowCodes() {
        List<String> codes = new ArrayList<>();
        codes.add(NEW_THIS_YEAR);
        codes.add(CARRIED_OVER_FROM_LAST_YEAR);
        codes.addAll(RESULT_ROWS);
        codes.add(TOTAL_CONCLUDED);
        codes.add(CARRIED_FORWARD_TO_NEXT_YEAR);
        return List.copyOf(codes);
    }

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
