package org.disclosureledger.reporting.projection;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.disclosureledger.kernel.LedgerEvent;
import org.disclosureledger.reporting.facts.AnnualReportFacts;
import org.springframework.stereotype.Component;

/**
 * Feeds every ledger event of the event store to {@link AnnualReportFacts}, in the processing group of its own
 * (a pooled streaming processor, see reporting-defaults.properties) so that the projection can be rebuilt alone.
 */
@Component
@ProcessingGroup(AnnualReportFactsHandler.PROCESSING_GROUP)
public class AnnualReportFactsHandler {
    public static final String PROCESSING_GROUP = "annual-report-facts";

    private final AnnualReportFacts facts;

    public AnnualReportFactsHandler(AnnualReportFacts facts) {
        this.facts = facts;
    }

    @EventHandler
    void on(LedgerEvent event, @MessageIdentifier String eventId) {
        facts.record(eventId, event);
    }
}
