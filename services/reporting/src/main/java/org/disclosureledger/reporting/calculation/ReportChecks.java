package org.disclosureledger.reporting.calculation;

import java.util.ArrayList;
import java.util.List;
import org.disclosureledger.kernel.application.ApplicationResult;
import org.disclosureledger.kernel.report.AnnualReport;
import org.disclosureledger.kernel.report.CheckResult;
import org.disclosureledger.kernel.report.CrossChecks;

/**
 * The checks every generated report lists: C1–C6 of the kernel (C5 against the previous year's report of the same
 * agency and scope) and C8, which needs the case records: a case concluded as OTHER_FEE_UNPAID had a fee notice.
 */
public final class ReportChecks {
    private ReportChecks() {
    }

    public static List<CheckResult> evaluate(AnnualReport report, AnnualReport previousYear, RecordedFacts facts) {
        List<CheckResult> checks = new ArrayList<>(CrossChecks.evaluate(report, previousYear));
        checks.add(c8(facts, ReportYear.of(report.year())));
        return List.copyOf(checks);
    }

    /** C8: every application concluded in the year as OTHER_FEE_UNPAID had a fee notice issued. */
    public static CheckResult c8(RecordedFacts facts, ReportYear year) {
        List<String> withoutNotice = new ArrayList<>();
        for (ApplicationFact application : facts.applications()) {
            if (application.result() == ApplicationResult.OTHER_FEE_UNPAID && year.contains(application.concludedOn())
                    && application.feeNoticeOn() == null) {
                withoutNotice.add(application.id().toString());
            }
        }
        return withoutNotice.isEmpty() ? new CheckResult("C8", true, null)
                : new CheckResult("C8", false, "concluded as OTHER_FEE_UNPAID without a fee notice: " + String.join(", ", withoutNotice));
    }
}
