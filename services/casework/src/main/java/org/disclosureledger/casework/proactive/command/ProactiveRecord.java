package org.disclosureledger.casework.proactive.command;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.disclosureledger.casework.platform.vocabulary.Dispatch;
import org.disclosureledger.casework.platform.vocabulary.Dispatch.Stage;
import org.disclosureledger.casework.platform.vocabulary.Identifiers;
import org.disclosureledger.casework.platform.vocabulary.LedgerRecord;
import org.disclosureledger.casework.platform.vocabulary.MoneyReading;
import org.disclosureledger.kernel.AgencyCode;
import org.disclosureledger.kernel.money.Yuan;
import org.disclosureledger.kernel.proactive.DecisionKind;
import org.disclosureledger.kernel.proactive.DocumentId;
import org.disclosureledger.kernel.proactive.DocumentKind;
import org.disclosureledger.kernel.proactive.PublicationChannel;
import org.disclosureledger.kernel.proactive.PublishedItemId;
import org.disclosureledger.platform.validation.RequiredText;

/** The records of proactive disclosure (主动公开) in the ledger vocabulary, each with its one mapping to its command. */
public sealed interface ProactiveRecord extends LedgerRecord {

    @JsonTypeName("DocumentIssued")
    record DocumentIssued(@RequiredText String agency, @RequiredText String document, @NotNull DocumentKind kind,
                          @NotNull LocalDate on, String title) implements ProactiveRecord {
        public DocumentIssued forAgency(AgencyCode code) {
            return new DocumentIssued(code.value(), document, kind, on, title);
        }

        public Dispatch dispatch() {
            DocumentId id = ProactiveRecord.documentId(agency, document);
            return Dispatch.opening(new ProactiveCommand.IssueDocument(id, kind, on, title), Stage.OPENINGS, id, on);
        }
    }

    @JsonTypeName("DocumentRepealed")
    record DocumentRepealed(@RequiredText String agency, @RequiredText String document, @NotNull LocalDate on) implements ProactiveRecord {
        public DocumentRepealed forAgency(AgencyCode code) {
            return new DocumentRepealed(code.value(), document, on);
        }

        public Dispatch dispatch() {
            DocumentId id = ProactiveRecord.documentId(agency, document);
            return Dispatch.continuing(new ProactiveCommand.RepealDocument(id, on), Stage.STEPS, id, on);
        }
    }

    /** A dated count of administrative decisions (the register holds that a count is at least 1). */
    @JsonTypeName("DecisionsRecorded")
    record DecisionsRecorded(@RequiredText String agency, @NotNull DecisionKind kind, @NotNull LocalDate on, @NotNull Integer count)
            implements ProactiveRecord {
        public DecisionsRecorded forAgency(AgencyCode code) {
            return new DecisionsRecorded(code.value(), kind, on, count);
        }

        public Dispatch dispatch() {
            return Dispatch.outsideCases(new ProactiveCommand.RecordDecisions(Identifiers.agency(agency), kind, on, count), on);
        }
    }

    @JsonTypeName("AdministrativeFeesCollected")
    record AdministrativeFeesCollected(@RequiredText String agency, @NotNull LocalDate on,
                                       @NotNull @JsonDeserialize(using = MoneyReading.class) Yuan amountYuan) implements ProactiveRecord {
        public AdministrativeFeesCollected forAgency(AgencyCode code) {
            return new AdministrativeFeesCollected(code.value(), on, amountYuan);
        }

        public Dispatch dispatch() {
            return Dispatch.outsideCases(new ProactiveCommand.RecordAdministrativeFees(Identifiers.agency(agency), on, amountYuan), on);
        }
    }

    /** {@code madeOn}, when known, is the day the information was made or changed (Art. 26 counts from it). */
    @JsonTypeName("InformationPublished")
    record InformationPublished(@RequiredText String agency, @RequiredText String item, @NotNull LocalDate on,
                                @NotNull PublicationChannel channel, String title, LocalDate madeOn) implements ProactiveRecord {
        public InformationPublished forAgency(AgencyCode code) {
            return new InformationPublished(code.value(), item, on, channel, title, madeOn);
        }

        public Dispatch dispatch() {
            AgencyCode code = Identifiers.agency(agency);
            PublishedItemId id = Identifiers.of("item", item, number -> PublishedItemId.of(code, number));
            return Dispatch.opening(new ProactiveCommand.PublishInformation(id, on, channel, title, madeOn), Stage.OPENINGS, id, on);
        }
    }

    private static DocumentId documentId(String agency, String number) {
        AgencyCode code = Identifiers.agency(agency);
        return Identifiers.of("document", number, n -> DocumentId.of(code, n));
    }
}
