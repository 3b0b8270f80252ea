package org.disclosureledger.reporting.calculation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.disclosureledger.kernel.AgencyCode;
import org.disclosureledger.kernel.application.ApplicantCategory;
import org.disclosureledger.kernel.application.ApplicationId;
import org.disclosureledger.kernel.application.ApplicationResult;
import org.disclosureledger.kernel.litigation.Outcome;
import org.disclosureledger.kernel.money.Yuan;
import org.disclosureledger.kernel.proactive.DecisionKind;
import org.disclosureledger.kernel.proactive.DocumentId;
import org.disclosureledger.kernel.proactive.DocumentKind;
import org.disclosureledger.kernel.proactive.PublicationChannel;
import org.disclosureledger.kernel.proactive.PublishedItemId;

/** Builds the recorded facts of one test agency, fact by fact, with ISO dates. */
final class Facts {
    static final AgencyCode AGENCY = AgencyCode.of("calc");

    private final List<ApplicationFact> applications = new ArrayList<>();
    private final List<DocumentFact> documents = new ArrayList<>();
    private final List<DecisionFact> decisions = new ArrayList<>();
    private final List<AdministrativeFeeFact> fees = new ArrayList<>();
    private final List<PublicationFact> publications = new ArrayList<>();
    private final List<LitigationFact> litigation = new ArrayList<>();

    static LocalDate day(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }

    Facts application(String number, ApplicantCategory category, String receivedOn, String concludedOn, ApplicationResult result) {
        applications.add(new ApplicationFact(ApplicationId.of(AGENCY, number), category, day(receivedOn), day(concludedOn), result,
                null, null, null, null));
        return this;
    }

    Facts feeApplication(String number, String receivedOn, String noticeOn, String amount, String paidOn, String concludedOn,
                         ApplicationResult result) {
        applications.add(new ApplicationFact(ApplicationId.of(AGENCY, number), ApplicantCategory.NATURAL_PERSON, day(receivedOn),
                day(concludedOn), result, day(noticeOn), amount == null ? null : Yuan.parse(amount), day(paidOn),
                paidOn == null ? null : Yuan.parse(amount)));
        return this;
    }

    Facts document(String number, DocumentKind kind, String issuedOn, String repealedOn) {
        documents.add(new DocumentFact(DocumentId.of(AGENCY, number), kind, day(issuedOn), day(repealedOn)));
        return this;
    }

    Facts decisions(DecisionKind kind, String on, int count) {
        decisions.add(new DecisionFact("event-" + decisions.size(), AGENCY, kind, day(on), count));
        return this;
    }

    Facts administrativeFee(String on, String amount) {
        fees.add(new AdministrativeFeeFact("fee-" + fees.size(), AGENCY, day(on), Yuan.parse(amount)));
        return this;
    }

    Facts published(String number, String on, PublicationChannel channel) {
        publications.add(new PublicationFact(PublishedItemId.of(AGENCY, number), day(on), channel));
        return this;
    }

    Facts litigation(String id, LitigationKind kind, String filedOn, String concludedOn, Outcome outcome) {
        litigation.add(new LitigationFact(id, kind, day(filedOn), day(concludedOn), outcome));
        return this;
    }

    RecordedFacts recorded() {
        return new RecordedFacts(applications, documents, decisions, fees, publications, litigation);
    }
}
