package org.disclosureledger.reporting;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import org.disclosureledger.kernel.report.AnnualReport;
import org.disclosureledger.kernel.report.CheckResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A generated report whose cross-check fails has been computed wrongly (the checks hold by construction): each
 * failure is logged at ERROR and counted in {@code ledger.report.check.failures} (tagged with the check).
 */
@Component
public class CheckAlarm {
    private static final Logger LOG = LoggerFactory.getLogger(CheckAlarm.class);

    private final MeterRegistry meters;

    public CheckAlarm(MeterRegistry meters) {
        this.meters = meters;
    }

    public void sound(AnnualReport report, List<CheckResult> checks) {
        for (CheckResult check : checks) {
            if (!check.passed()) {
                meters.counter("ledger.report.check.failures", "check", check.id()).increment();
                LOG.error("Cross-check {} fails on the {} report of {} for {}: {} (a bug: generated reports satisfy it by construction)",
                        check.id(), report.consolidated() ? "consolidated" : "agency", report.agency(), report.year(), check.detail());
            }
        }
    }
}
