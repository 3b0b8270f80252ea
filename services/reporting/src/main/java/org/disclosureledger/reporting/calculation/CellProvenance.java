package org.disclosureledger.reporting.calculation;

import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.disclosureledger.kernel.application.ApplicantCategory;
import org.disclosureledger.kernel.money.Yuan;
import org.disclosureledger.kernel.proactive.DecisionKind;
import org.disclosureledger.kernel.proactive.DocumentKind;
import org.disclosureledger.kernel.proactive.PublicationChannel;
import org.disclosureledger.kernel.report.ApplicationTable;
import org.disclosureledger.kernel.report.ReviewCountingPolicy;
import org.disclosureledger.kernel.vocabulary.OfficialTerm;

/**
 * For auditors: the facts counted in one cell of a year's report, by the same {@link CountingRules} as the report.
 * Cells are named by table ("2", "3", "4", or "6" for the processing fees of section 六), row and column:
 * <ul>
 *   <li>2: RULES and NORMATIVE_DOCUMENTS with column issued, repealed or inForce; LICENSING, PENALTY, COMPULSION;
 *       ADMINISTRATIVE_FEES; PUBLICATIONS with a channel or TOTAL.</li>
 *   <li>3: a row code of table 三 with an applicant column or TOTAL.</li>
 *   <li>4: review, lawsuitDirect or lawsuitAfterReview with UPHELD, CORRECTED, OTHER, PENDING or TOTAL.</li>
 *   <li>6: PROCESSING_FEES.</li>
 * </ul>
 * A missing column means TOTAL where a row has one.
 */
public final class CellProvenance {
    public static final String TOTAL = "TOTAL";

    /** The cell's count (or, for money, the number of facts) and amount where it is money, and the facts counted. */
    public record Cell(String table, String row, String column, long count, Yuan amount, List<?> facts) {
    }

    private CellProvenance() {
    }

    public static Cell of(RecordedFacts facts, ReportYear year, ReviewCountingPolicy policy, String table, String row, String column) {
        if (table == null || row == null) {
            throw new IllegalArgumentException("name the cell with table (2, 3, 4 or 6) and row");
        }
        return switch (table) {
            case "2" -> proactive(facts, year, row, column);
            case "3" -> applications(facts, year, row, column);
            case "4" -> litigation(facts, year, policy, row, column);
            case "6" -> processingFees(facts, year, row, column);
            default -> throw new IllegalArgumentException("table must be 2, 3, 4 or 6 (section 六, processing fees), not " + table);
        };
    }

    private static Cell proactive(RecordedFacts facts, ReportYear year, String row, String column) {
        switch (row) {
            case "RULES", "NORMATIVE_DOCUMENTS" -> {
                DocumentKind kind = row.equals("RULES") ? DocumentKind.RULE : DocumentKind.NORMATIVE_DOCUMENT;
                List<String> columns = List.of(CountingRules.ISSUED, CountingRules.REPEALED, CountingRules.IN_FORCE);
                if (column == null || !columns.contains(column)) {
                    throw new IllegalArgumentException("row " + row + " of table 2 has the columns " + String.join(", ", columns));
                }
                List<DocumentFact> counted = facts.documents().stream()
                        .filter(document -> document.kind() == kind && CountingRules.documentColumns(document, year).contains(column))
                        .sorted(Comparator.comparing(DocumentFact::issuedOn).thenComparing(document -> document.id().toString()))
                        .toList();
                return new Cell("2", row, column, counted.size(), null, counted);
            }
            case "LICENSING", "PENALTY", "COMPULSION" -> {
                requireNoColumn(row, column);
                DecisionKind kind = DecisionKind.valueOf(row);
                List<DecisionFact> counted = facts.decisions().stream()
                        .filter(batch -> batch.kind() == kind && year.contains(batch.on()))
                        .sorted(Comparator.comparing(DecisionFact::on).thenComparing(DecisionFact::eventId))
                        .toList();
                return new Cell("2", row, null, counted.stream().mapToLong(DecisionFact::count).sum(), null, counted);
            }
            case "ADMINISTRATIVE_FEES" -> {
                requireNoColumn(row, column);
                List<AdministrativeFeeFact> counted = facts.administrativeFees().stream()
                        .filter(fee -> year.contains(fee.on()))
                        .sorted(Comparator.comparing(AdministrativeFeeFact::on).thenComparing(AdministrativeFeeFact::eventId))
                        .toList();
                Yuan sum = counted.stream().map(AdministrativeFeeFact::amount).reduce(Yuan.ZERO, Yuan::plus);
                return new Cell("2", row, null, counted.size(), sum, counted);
            }
            case "PUBLICATIONS" -> {
                String channel = column == null ? TOTAL : column;
                PublicationChannel only = channel.equals(TOTAL) ? null : OfficialTerm.parse(PublicationChannel.class, channel, "column");
                Predicate<PublicationFact> inColumn = item -> only == null || item.channel() == only;
                List<PublicationFact> counted = facts.publications().stream()
                        .filter(item -> year.contains(item.on()) && inColumn.test(item))
                        .sorted(Comparator.comparing(PublicationFact::on).thenComparing(item -> item.id().toString()))
                        .toList();
                return new Cell("2", row, channel, counted.size(), null, counted);
            }
            default -> throw new IllegalArgumentException("table 2 has the rows RULES, NORMATIVE_DOCUMENTS, LICENSING, PENALTY, "
                    + "COMPULSION, ADMINISTRATIVE_FEES and PUBLICATIONS, not " + row);
        }
    }

    private static Cell applications(RecordedFacts facts, ReportYear year, String row, String column) {
        if (!ApplicationTable.ROW_CODES.contains(row)) {
            throw new IllegalArgumentException("table 3 has no row " + row + " (rows: " + String.join(", ", ApplicationTable.ROW_CODES) + ")");
        }
        String applicant = column == null ? TOTAL : column;
        ApplicantCategory only = applicant.equals(TOTAL) ? null : OfficialTerm.parse(ApplicantCategory.class, applicant, "column");
        Predicate<ApplicationFact> inColumn = application -> only == null || application.applicantCategory() == only;
        List<ApplicationFact> counted = facts.applications().stream()
                .filter(application -> inColumn.test(application) && CountingRules.applicationRows(application, year).contains(row))
                .sorted(Comparator.comparing(ApplicationFact::receivedOn).thenComparing(application -> application.id().toString()))
                .toList();
        return new Cell("3", row, applicant, counted.size(), null, counted);
    }

    private static Cell litigation(RecordedFacts facts, ReportYear year, ReviewCountingPolicy policy, String row, String column) {
        LitigationKind kind = LitigationKind.ofBlock(row);
        String outcome = column == null ? TOTAL : column;
        List<String> columns = List.of("UPHELD", "CORRECTED", "OTHER", CountingRules.PENDING, TOTAL);
        if (!columns.contains(outcome)) {
            throw new IllegalArgumentException("table 4 has the columns " + String.join(", ", columns) + ", not " + outcome);
        }
        List<LitigationFact> counted = facts.litigation().stream()
                .filter(fact -> fact.kind() == kind && CountingRules.litigationColumn(fact, year, policy)
                        .filter(counts -> outcome.equals(TOTAL) || counts.equals(outcome)).isPresent())
                .sorted(Comparator.comparing(LitigationFact::filedOn).thenComparing(LitigationFact::id))
                .toList();
        return new Cell("4", row, outcome, counted.size(), null, counted);
    }

    private static Cell processingFees(RecordedFacts facts, ReportYear year, String row, String column) {
        if (!row.equals("PROCESSING_FEES")) {
            throw new IllegalArgumentException("section 六 (table 6) has the one row PROCESSING_FEES, not " + row);
        }
        requireNoColumn(row, column);
        List<ApplicationFact> counted = facts.applications().stream()
                .filter(application -> CountingRules.processingFeePaidIn(application, year))
                .sorted(Comparator.comparing(ApplicationFact::feePaidOn).thenComparing(application -> application.id().toString()))
                .toList();
        Yuan sum = counted.stream().map(ApplicationFact::feePaidAmount).reduce(Yuan.ZERO, Yuan::plus);
        return new Cell("6", row, null, counted.size(), sum, counted);
    }

    private static void requireNoColumn(String row, String column) {
        if (column != null && !column.equals(TOTAL)) {
            throw new IllegalArgumentException("row " + row + " has one cell; leave out the column (not " + column + ")");
        }
    }
}
