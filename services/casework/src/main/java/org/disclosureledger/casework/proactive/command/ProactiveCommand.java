package org.disclosureledger.casework.proactive.command;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.disclosureledger.kernel.AgencyCode;
import org.disclosureledger.kernel.money.Yuan;
import org.disclosureledger.kernel.proactive.DecisionKind;
import org.disclosureledger.kernel.proactive.DocumentId;
import org.disclosureledger.kernel.proactive.DocumentKind;
import org.disclosureledger.kernel.proactive.PublicationChannel;
import org.disclosureledger.kernel.proactive.PublishedItemId;

/** What staff record of proactive disclosure (主动公开, Art. 19–20). */
public sealed interface ProactiveCommand {
    LocalDate on();

    record IssueDocument(@TargetAggregateIdentifier DocumentId documentId, DocumentKind kind, LocalDate on, String title)
            implements ProactiveCommand {
    }

    record RepealDocument(@TargetAggregateIdentifier DocumentId documentId, LocalDate on) implements ProactiveCommand {
    }

    /** {@code madeOn}, when known, is the day the information was made or changed: Art. 26 counts 20 working days from it. */
    record PublishInformation(@TargetAggregateIdentifier PublishedItemId itemId, LocalDate on, PublicationChannel channel,
                              String title, LocalDate madeOn) implements ProactiveCommand {
        public PublishInformation(PublishedItemId itemId, LocalDate on, PublicationChannel channel, String title) {
            this(itemId, on, channel, title, null);
        }
    }

    record RecordDecisions(AgencyCode agency, DecisionKind kind, LocalDate on, int count) implements ProactiveCommand {
    }

    record RecordAdministrativeFees(AgencyCode agency, LocalDate on, Yuan amount) implements ProactiveCommand {
    }
}
