package org.disclosureledger.reporting;

import org.disclosureledger.kernel.report.ReviewCountingPolicy;
import org.disclosureledger.reporting.calculation.AnnualReportCalculator;
import org.disclosureledger.reporting.query.AgencyHierarchy;
import org.disclosureledger.reporting.projection.AnnualReportFacts;
import org.disclosureledger.reporting.query.ProjectedFacts;
import org.disclosureledger.reporting.projection.NarrativeRevisions;
import org.disclosureledger.reporting.projection.ReportingProjection;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The reporting service: its defaults (at the lowest precedence, so that a deployment overrides any of them) and the
 * plain classes of the read model and the calculation. What feeds the read model is chosen by
 * {@code ledger.reporting.source} (package {@code feed}): the event store (default) or the Kafka topic.
 */
@Configuration(proxyBeanMethods = false)
@PropertySource("classpath:org/disclosureledger/reporting/reporting-defaults.properties")
public class ReportingConfiguration {

    @Bean
    public AnnualReportFacts annualReportFacts(JdbcClient jdbc) {
        return new AnnualReportFacts(jdbc);
    }

    @Bean
    public NarrativeRevisions narrativeRevisions(JdbcClient jdbc) {
        return new NarrativeRevisions(jdbc);
    }

    /** The one entry point of the read model, fed by the event store or by Kafka (see package {@code feed}). */
    @Bean
    public ReportingProjection reportingProjection(AnnualReportFacts facts, NarrativeRevisions narratives) {
        return new ReportingProjection(facts, narratives);
    }

    @Bean
    public AgencyHierarchy agencyHierarchy(JdbcClient jdbc) {
        return new AgencyHierarchy(jdbc);
    }

    @Bean
    public ProjectedFacts projectedFacts(JdbcClient jdbc, PlatformTransactionManager transactions) {
        return new ProjectedFacts(jdbc, transactions);
    }

    /** The counting of table 四 is a setting of the deployment ({@code ledger.report.review-counting-policy}). */
    @Bean
    public AnnualReportCalculator annualReportCalculator(@Value("${ledger.report.review-counting-policy}") ReviewCountingPolicy policy) {
        return new AnnualReportCalculator(policy);
    }
}
