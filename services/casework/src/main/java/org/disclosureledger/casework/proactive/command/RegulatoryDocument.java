package org.disclosureledger.casework.proactive.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.disclosureledger.casework.platform.axon.ImportAggregateCache;
import org.disclosureledger.casework.agency.command.RegisteredAgencies;
import org.disclosureledger.casework.proactive.command.ProactiveCommand.IssueDocument;
import org.disclosureledger.casework.proactive.command.ProactiveCommand.RepealDocument;
import org.disclosureledger.casework.platform.recording.Recording;
import org.disclosureledger.casework.platform.problems.Refusal;
import org.disclosureledger.casework.platform.problems.Refusal.Reason;
import org.disclosureledger.casework.platform.recording.StepDates;
import org.disclosureledger.kernel.proactive.DocumentId;
import org.disclosureledger.kernel.proactive.DocumentIssued;
import org.disclosureledger.kernel.proactive.DocumentRepealed;

/** A 规章 or 行政规范性文件 (Art. 20(1)): in force from its issue until it is repealed. */
@Aggregate(cache = ImportAggregateCache.NAME)
public class RegulatoryDocument {
    @AggregateIdentifier
    private DocumentId documentId;
    private LocalDate issuedOn;
    private LocalDate repealedOn;

    protected RegulatoryDocument() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(IssueDocument command, MetaData metaData, RegisteredAgencies agencies) {
        if (documentId != null) {
            throw new Refusal(Reason.CASE_ALREADY_EXISTS, "document", "document " + documentId + " was already issued on " + issuedOn);
        }
        agencies.requireRegistered(command.documentId().agency());
        StepDates.requireNotInFuture(command.on(), Recording.from(metaData), "on");
        if (command.kind() == null) {
            throw new Refusal(Reason.INVALID_VALUE, "kind", "kind is missing");
        }
        apply(new DocumentIssued(command.documentId(), command.kind(), command.on(), command.title()));
    }

    @CommandHandler
    public void handle(RepealDocument command, MetaData metaData) {
        if (repealedOn != null) {
            throw new Refusal(Reason.CASE_CONCLUDED, "document", "document " + documentId + " was already repealed on " + repealedOn);
        }
        StepDates.requireNotInFuture(command.on(), Recording.from(metaData), "on");
        StepDates.requireNotBefore(command.on(), issuedOn, "the document's issue", "on");
        apply(new DocumentRepealed(documentId, command.on()));
    }

    @EventSourcingHandler
    void on(DocumentIssued event) {
        documentId = event.documentId();
        issuedOn = event.on();
    }

    @EventSourcingHandler
    void on(DocumentRepealed event) {
        repealedOn = event.on();
    }
}
