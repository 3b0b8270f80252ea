package org.disclosureledger.reporting.projection;

import org.disclosureledger.kernel.report.ReportNarrativeRevised;

/**
 * The one way into the reporting read model: each event of the ledger, from the event store or from Kafka, goes to
 * the fact tables and, for a narrative revision, to the narratives. Plain code that writes within the caller's
 * transaction; every write is an upsert or an insert-once, so delivering an event again changes nothing.
 */
public class ReportingProjection {
    private final AnnualReportFacts facts;
    private final NarrativeRevisions narratives;

    public ReportingProjection(AnnualReportFacts facts, NarrativeRevisions narratives) {
        this.facts = facts;
        this.narratives = narratives;
    }

    public void project(StoredEvent stored) {
        facts.record(stored.eventId(), stored.event());
        if (stored.event() instanceof ReportNarrativeRevised revised) {
            narratives.record(revised, stored.sequence(), stored.recordedBy(), stored.recordedAt());
        }
    }
}
