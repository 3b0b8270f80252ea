package org.disclosureledger.reporting;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.disclosureledger.kernel.AgencyCode;
import org.disclosureledger.kernel.report.AnnualReport;
import org.disclosureledger.kernel.report.CheckResult;
import org.disclosureledger.kernel.report.ReviewCountingPolicy;
import org.disclosureledger.reporting.calculation.AnnualReportCalculator;
import org.disclosureledger.reporting.calculation.CellProvenance;
import org.disclosureledger.reporting.calculation.RecordedFacts;
import org.disclosureledger.reporting.calculation.ReportChecks;
import org.disclosureledger.reporting.calculation.ReportSubject;
import org.disclosureledger.reporting.calculation.ReportYear;
import org.disclosureledger.reporting.query.AgencyHierarchy;
import org.disclosureledger.reporting.query.ProjectedFacts;
import org.disclosureledger.reporting.projection.ProjectionCatchUp;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Annual reports computed from the projected facts: waits until the projection has caught up with the records
 * stored before the call, reads the facts of the agency (and, consolidated, of every agency under it), computes
 * the tables and evaluates the checks, sounding the alarm on any that fails.
 */
@Service
public class ProjectedAnnualReports implements AnnualReports {
    private final ProjectionCatchUp catchUp;
    private final AgencyHierarchy agencies;
    private final ProjectedFacts facts;
    private final AnnualReportCalculator calculator;
    private final CheckAlarm alarm;
    private final Duration readYourWritesTimeout;

    public ProjectedAnnualReports(ProjectionCatchUp catchUp, AgencyHierarchy agencies, ProjectedFacts facts,
                                  AnnualReportCalculator calculator, CheckAlarm alarm,
                                  @Value("${ledger.report.read-your-writes-timeout}") Duration readYourWritesTimeout) {
        this.catchUp = catchUp;
        this.agencies = agencies;
        this.facts = facts;
        this.calculator = calculator;
        this.alarm = alarm;
        this.readYourWritesTimeout = readYourWritesTimeout;
    }

    @Override
    public Optional<AnnualReport> of(AgencyCode agency, int year, boolean consolidated) {
        return of(agency, year, consolidated, calculator);
    }

    /** The report under a review counting policy other than the deployment's (to compare the two). */
    public Optional<AnnualReport> of(AgencyCode agency, int year, boolean consolidated, ReviewCountingPolicy policy) {
        return of(agency, year, consolidated, new AnnualReportCalculator(policy));
    }

    /** The facts counted in one cell of the report (see {@link CellProvenance}); empty when the agency is unknown. */
    public Optional<CellProvenance.Cell> provenance(AgencyCode agency, int year, boolean consolidated, String table, String row,
                                                    String column) {
        ReportYear reportYear = ReportYear.of(year);
        catchUp.await(readYourWritesTimeout);
        return agencies.find(agency).map(found -> CellProvenance.of(facts.of(agencies.scope(agency, consolidated), reportYear),
                reportYear, calculator.reviewCountingPolicy(), table, row, column));
    }

    public ReviewCountingPolicy reviewCountingPolicy() {
        return calculator.reviewCountingPolicy();
    }

    private Optional<AnnualReport> of(AgencyCode agency, int year, boolean consolidated, AnnualReportCalculator calculation) {
        ReportYear reportYear = ReportYear.of(year);
        catchUp.await(readYourWritesTimeout);
        return agencies.find(agency).map(found -> {
            ReportSubject subject = new ReportSubject(found.code(), found.name(), consolidated);
            RecordedFacts recorded = facts.of(agencies.scope(agency, consolidated), reportYear);
            AnnualReport report = calculation.calculate(subject, reportYear, recorded);
            AnnualReport previousYear = calculation.calculate(subject, reportYear.previous(), recorded);
            List<CheckResult> checks = ReportChecks.evaluate(report, previousYear, recorded);
            alarm.sound(report, checks);
            return report.withChecks(checks);
        });
    }
}
