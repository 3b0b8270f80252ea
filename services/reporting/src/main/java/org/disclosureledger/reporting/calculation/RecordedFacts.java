package org.disclosureledger.reporting.calculation;

import java.util.List;

/**
 * The facts of the agencies in a report's scope that the report is computed from. Any superset of the facts
 * relevant to a year gives the same report: the calculation applies the counting rules itself.
 */
public record RecordedFacts(List<ApplicationFact> applications, List<DocumentFact> documents, List<DecisionFact> decisions,
                            List<AdministrativeFeeFact> administrativeFees, List<PublicationFact> publications,
                            List<LitigationFact> litigation) {
    public static final RecordedFacts NONE = new RecordedFacts(List.of(), List.of(), List.of(), List.of(), List.of(), List.of());

    public RecordedFacts {
        applications = List.copyOf(applications);
        documents = List.copyOf(documents);
        decisions = List.copyOf(decisions);
        administrativeFees = List.copyOf(administrativeFees);
        publications = List.copyOf(publications);
        litigation = List.copyOf(litigation);
    }
}
