package org.disclosureledger.reporting;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.disclosureledger.kernel.report.ReviewCountingPolicy;
import org.disclosureledger.reporting.calculation.AnnualReportCalculator;
import org.disclosureledger.reporting.facts.AgencyHierarchy;
import org.disclosureledger.reporting.facts.AnnualReportFacts;
import org.disclosureledger.reporting.facts.ProjectedFacts;
import org.disclosureledger.reporting.projection.AnnualReportFactsHandler;
import org.disclosureledger.reporting.projection.ProjectionFailures;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The reporting service: its defaults (at the lowest precedence, so that a deployment overrides any of them), the
 * plain classes of the projection and the calculation, and the annual-report-facts processing group: its token
 * kept in schema {@code reporting} beside the facts (same transaction), and an error handler that halts on a
 * failing event instead of logging and skipping it.
 */
@Configuration(proxyBeanMethods = false)
@PropertySource("classpath:org/disclosureledger/reporting/reporting-defaults.properties")
public class ReportingConfiguration {

    @Bean
    public AnnualReportFacts annualReportFacts(JdbcClient jdbc) {
        return new AnnualReportFacts(jdbc);
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

    @Bean
    public ConfigurerModule annualReportFactsProcessing(ConnectionProvider connections, ProjectionFailures failures) {
        TokenSchema reportingTokens = TokenSchema.builder()
                .setTokenTable("reporting.token_entry")
                .setProcessorNameColumn("processor_name")
                .setSegmentColumn("segment")
                .setTokenColumn("token")
                .setTokenTypeColumn("token_type")
                .setTimestampColumn("timestamp")
                .setOwnerColumn("owner")
                .build();
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerTokenStore(AnnualReportFactsHandler.PROCESSING_GROUP, config -> JdbcTokenStore.builder()
                        .connectionProvider(connections)
                        .serializer(config.serializer())
                        .schema(reportingTokens)
                        .build())
                .registerListenerInvocationErrorHandler(AnnualReportFactsHandler.PROCESSING_GROUP, config -> failures));
    }
}
