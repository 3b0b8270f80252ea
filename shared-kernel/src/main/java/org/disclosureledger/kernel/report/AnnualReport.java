package org.disclosureledger.kernel.report;

import java.util.List;
import org.disclosureledger.kernel.AgencyCode;

/**
 * The tables of one 政府信息公开工作年度报告: of one agency, or consolidated over an agency and everything under it.
 * {@code format} names the State Council format version ("2021").
 */
public record AnnualReport(AgencyCode agency, String agencyName, int year, String format, boolean consolidated,
                           ReviewCountingPolicy reviewCountingPolicy, ProactiveDisclosure proactive,
                           ApplicationTable applications, ReviewsAndLawsuits reviewsAndLawsuits,
                           ProcessingFees processingFees, List<CheckResult> checks) {
    public AnnualReport {
        checks = List.copyOf(checks);
    }

    public AnnualReport withChecks(List<CheckResult> evaluated) {
        return new AnnualReport(agency, agencyName, year, format, consolidated, reviewCountingPolicy, proactive, applications,
                reviewsAndLawsuits, processingFees, evaluated);
    }
}
