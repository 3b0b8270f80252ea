package org.disclosureledger.reporting.query;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.disclosureledger.kernel.AgencyCode;
import org.disclosureledger.kernel.application.ApplicantCategory;
import org.disclosureledger.kernel.application.ApplicationId;
import org.disclosureledger.kernel.application.ApplicationResult;
import org.disclosureledger.kernel.litigation.LawsuitId;
import org.disclosureledger.kernel.litigation.Outcome;
import org.disclosureledger.kernel.litigation.ReviewId;
import org.disclosureledger.kernel.money.Yuan;
import org.disclosureledger.kernel.proactive.DecisionKind;
import org.disclosureledger.kernel.proactive.DocumentId;
import org.disclosureledger.kernel.proactive.DocumentKind;
import org.disclosureledger.kernel.proactive.PublicationChannel;
import org.disclosureledger.kernel.proactive.PublishedItemId;
import org.disclosureledger.reporting.calculation.AdministrativeFeeFact;
import org.disclosureledger.reporting.calculation.ApplicationFact;
import org.disclosureledger.reporting.calculation.DecisionFact;
import org.disclosureledger.reporting.calculation.DocumentFact;
import org.disclosureledger.reporting.calculation.LitigationFact;
import org.disclosureledger.reporting.calculation.LitigationKind;
import org.disclosureledger.reporting.calculation.PublicationFact;
import org.disclosureledger.reporting.calculation.RecordedFacts;
import org.disclosureledger.reporting.calculation.ReportYear;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads the projected facts of a report's agencies that can count in year Y or in Y−1 (whose report C5 compares
 * with), in one consistent snapshot. The date windows only keep the reading small: the calculation applies the
 * counting rules itself.
 */
public class ProjectedFacts {
    private final JdbcClient jdbc;
    private final TransactionTemplate snapshot;

    public ProjectedFacts(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.snapshot = new TransactionTemplate(transactions);
        this.snapshot.setReadOnly(true);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    public RecordedFacts of(List<AgencyCode> agencies, ReportYear year) {
        List<String> codes = agencies.stream().map(AgencyCode::value).toList();
        LocalDate from = year.previous().firstDay();
        LocalDate to = year.lastDay();
        return snapshot.execute(status -> new RecordedFacts(
                jdbc.sql("""
                        SELECT * FROM reporting.application
                        WHERE agency IN (:agencies) AND received_on <= :to AND (concluded_on IS NULL OR concluded_on >= :from)""")
                        .param("agencies", codes).param("from", from).param("to", to)
                        .query(ProjectedFacts::application).list(),
                jdbc.sql("SELECT * FROM reporting.regulatory_document WHERE agency IN (:agencies) AND issued_on <= :to")
                        .param("agencies", codes).param("to", to)
                        .query((rs, row) -> new DocumentFact(DocumentId.of(AgencyCode.of(rs.getString("agency")), rs.getString("number")),
                                DocumentKind.valueOf(rs.getString("kind")), date(rs, "issued_on"), date(rs, "repealed_on")))
                        .list(),
                jdbc.sql("SELECT * FROM reporting.decision_batch WHERE agency IN (:agencies) AND decided_on BETWEEN :from AND :to")
                        .param("agencies", codes).param("from", from).param("to", to)
                        .query((rs, row) -> new DecisionFact(rs.getString("event_id"), AgencyCode.of(rs.getString("agency")),
                                DecisionKind.valueOf(rs.getString("kind")), date(rs, "decided_on"), rs.getInt("decisions")))
                        .list(),
                jdbc.sql("SELECT * FROM reporting.administrative_fee WHERE agency IN (:agencies) AND collected_on BETWEEN :from AND :to")
                        .param("agencies", codes).param("from", from).param("to", to)
                        .query((rs, row) -> new AdministrativeFeeFact(rs.getString("event_id"), AgencyCode.of(rs.getString("agency")),
                                date(rs, "collected_on"), yuan(rs, "amount_yuan")))
                        .list(),
                jdbc.sql("SELECT * FROM reporting.publication WHERE agency IN (:agencies) AND published_on BETWEEN :from AND :to")
                        .param("agencies", codes).param("from", from).param("to", to)
                        .query((rs, row) -> new PublicationFact(PublishedItemId.of(AgencyCode.of(rs.getString("agency")), rs.getString("number")),
                                date(rs, "published_on"), PublicationChannel.valueOf(rs.getString("channel"))))
                        .list(),
                litigation(codes, from, to)));
    }

    private List<LitigationFact> litigation(List<String> codes, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                SELECT 'review' AS what, agency, number, FALSE AS after_review, filed_on, concluded_on, outcome FROM reporting.review
                WHERE agency IN (:agencies) AND filed_on <= :to AND (concluded_on IS NULL OR concluded_on >= :from)
                UNION ALL
                SELECT 'lawsuit', agency, number, after_review, filed_on, concluded_on, outcome FROM reporting.lawsuit
                WHERE agency IN (:agencies) AND filed_on <= :to AND (concluded_on IS NULL OR concluded_on >= :from)""")
                .param("agencies", codes).param("from", from).param("to", to)
                .query(ProjectedFacts::litigation)
                .list();
    }

    private static ApplicationFact application(ResultSet rs, int row) throws SQLException {
        String result = rs.getString("result");
        return new ApplicationFact(ApplicationId.of(AgencyCode.of(rs.getString("agency")), rs.getString("number")),
                ApplicantCategory.valueOf(rs.getString("applicant_category")), date(rs, "received_on"), date(rs, "concluded_on"),
                result == null ? null : ApplicationResult.valueOf(result), date(rs, "fee_notice_on"), yuan(rs, "fee_notice_yuan"),
                date(rs, "fee_paid_on"), yuan(rs, "fee_paid_yuan"));
    }

    private static LitigationFact litigation(ResultSet rs, int row) throws SQLException {
        AgencyCode agency = AgencyCode.of(rs.getString("agency"));
        boolean review = rs.getString("what").equals("review");
        String id = review ? ReviewId.of(agency, rs.getString("number")).toString() : LawsuitId.of(agency, rs.getString("number")).toString();
        LitigationKind kind = review ? LitigationKind.REVIEW
                : rs.getBoolean("after_review") ? LitigationKind.LAWSUIT_AFTER_REVIEW : LitigationKind.LAWSUIT_DIRECT;
        String outcome = rs.getString("outcome");
        return new LitigationFact(id, kind, date(rs, "filed_on"), date(rs, "concluded_on"), outcome == null ? null : Outcome.valueOf(outcome));
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    private static Yuan yuan(ResultSet rs, String column) throws SQLException {
        BigDecimal amount = rs.getBigDecimal(column);
        return amount == null ? null : new Yuan(amount);
    }
}
