package org.disclosureledger.reporting.calculation;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.disclosureledger.kernel.application.ApplicantCategory;
import org.disclosureledger.kernel.litigation.Outcome;
import org.disclosureledger.kernel.money.Yuan;
import org.disclosureledger.kernel.proactive.DecisionKind;
import org.disclosureledger.kernel.proactive.DocumentKind;
import org.disclosureledger.kernel.proactive.PublicationChannel;
import org.disclosureledger.kernel.report.AnnualReport;
import org.disclosureledger.kernel.report.ApplicantCounts;
import org.disclosureledger.kernel.report.ApplicationTable;
import org.disclosureledger.kernel.report.DocumentCounts;
import org.disclosureledger.kernel.report.OutcomeCounts;
import org.disclosureledger.kernel.report.ProactiveDisclosure;
import org.disclosureledger.kernel.report.ProcessingFees;
import org.disclosureledger.kernel.report.Publications;
import org.disclosureledger.kernel.report.ReviewCountingPolicy;
import org.disclosureledger.kernel.report.ReviewsAndLawsuits;

/**
 * Computes the tables of one year's annual report (2021 format) from recorded facts, by adding up where each fact
 * counts ({@link CountingRules}). Pure: no database, no clock. The cross-checks are evaluated separately.
 */
public final class AnnualReportCalculator {
    public static final String FORMAT = "2021";

    private final ReviewCountingPolicy reviewCountingPolicy;

    public AnnualReportCalculator(ReviewCountingPolicy reviewCountingPolicy) {
        this.reviewCountingPolicy = reviewCountingPolicy;
    }

    public ReviewCountingPolicy reviewCountingPolicy() {
        return reviewCountingPolicy;
    }

    /** The report of {@code subject} for {@code year}, with no checks yet. */
    public AnnualReport calculate(ReportSubject subject, ReportYear year, RecordedFacts facts) {
        return new AnnualReport(subject.agency(), subject.agencyName(), year.value(), FORMAT, subject.consolidated(),
                reviewCountingPolicy, proactive(year, facts), applications(year, facts.applications()),
                reviewsAndLawsuits(year, facts.litigation()), processingFees(year, facts.applications()), List.of());
    }

    private static ProactiveDisclosure proactive(ReportYear year, RecordedFacts facts) {
        Map<DecisionKind, Long> decisions = new EnumMap<>(DecisionKind.class);
        for (DecisionFact batch : facts.decisions()) {
            if (year.contains(batch.on())) {
                decisions.merge(batch.kind(), (long) batch.count(), Long::sum);
            }
        }
        Yuan fees = Yuan.ZERO;
        for (AdministrativeFeeFact collected : facts.administrativeFees()) {
            if (year.contains(collected.on())) {
                fees = fees.plus(collected.amount());
            }
        }
        return new ProactiveDisclosure(documents(DocumentKind.RULE, year, facts.documents()),
                documents(DocumentKind.NORMATIVE_DOCUMENT, year, facts.documents()),
                decisions.getOrDefault(DecisionKind.LICENSING, 0L), decisions.getOrDefault(DecisionKind.PENALTY, 0L),
                decisions.getOrDefault(DecisionKind.COMPULSION, 0L), fees, publications(year, facts.publications()));
    }

    private static DocumentCounts documents(DocumentKind kind, ReportYear year, List<DocumentFact> documents) {
        long issued = 0;
        long repealed = 0;
        long inForce = 0;
        for (DocumentFact document : documents) {
            if (document.kind() != kind) {
                continue;
            }
            List<String> columns = CountingRules.documentColumns(document, year);
            issued += columns.contains(CountingRules.ISSUED) ? 1 : 0;
            repealed += columns.contains(CountingRules.REPEALED) ? 1 : 0;
            inForce += columns.contains(CountingRules.IN_FORCE) ? 1 : 0;
        }
        return new DocumentCounts(issued, repealed, inForce);
    }

    private static Publications publications(ReportYear year, List<PublicationFact> publications) {
        Map<PublicationChannel, Long> byChannel = new EnumMap<>(PublicationChannel.class);
        long total = 0;
        for (PublicationFact item : publications) {
            if (year.contains(item.on())) {
                byChannel.merge(item.channel(), 1L, Long::sum);
                total++;
            }
        }
        return new Publications(total, byChannel);
    }

    private static ApplicationTable applications(ReportYear year, List<ApplicationFact> applications) {
        Map<String, long[]> cells = new LinkedHashMap<>();
        for (String code : ApplicationTable.ROW_CODES) {
            cells.put(code, new long[ApplicantCategory.values().length]);
        }
        for (ApplicationFact application : applications) {
            for (String row : CountingRules.applicationRows(application, year)) {
                cells.get(row)[application.applicantCategory().ordinal()]++;
            }
        }
        Map<String, ApplicantCounts> rows = new LinkedHashMap<>();
        cells.forEach((code, byCategory) -> rows.put(code, ApplicantCounts.of(byCategory)));
        return new ApplicationTable(rows);
    }

    private ReviewsAndLawsuits reviewsAndLawsuits(ReportYear year, List<LitigationFact> litigation) {
        return new ReviewsAndLawsuits(outcomes(LitigationKind.REVIEW, year, litigation),
                outcomes(LitigationKind.LAWSUIT_DIRECT, year, litigation),
                outcomes(LitigationKind.LAWSUIT_AFTER_REVIEW, year, litigation));
    }

    private OutcomeCounts outcomes(LitigationKind kind, ReportYear year, List<LitigationFact> litigation) {
        Map<String, Long> columns = new LinkedHashMap<>();
        for (LitigationFact fact : litigation) {
            if (fact.kind() == kind) {
                CountingRules.litigationColumn(fact, year, reviewCountingPolicy)
                        .ifPresent(column -> columns.merge(column, 1L, Long::sum));
            }
        }
        return OutcomeCounts.of(columns.getOrDefault(Outcome.UPHELD.name(), 0L), columns.getOrDefault(Outcome.CORRECTED.name(), 0L),
                columns.getOrDefault(Outcome.OTHER.name(), 0L), columns.getOrDefault(CountingRules.PENDING, 0L));
    }

    private static ProcessingFees processingFees(ReportYear year, List<ApplicationFact> applications) {
        long paid = 0;
        Yuan sum = Yuan.ZERO;
        for (ApplicationFact application : applications) {
            if (CountingRules.processingFeePaidIn(application, year)) {
                paid++;
                sum = sum.plus(application.feePaidAmount());
            }
        }
        return new ProcessingFees(paid, sum);
    }
}
