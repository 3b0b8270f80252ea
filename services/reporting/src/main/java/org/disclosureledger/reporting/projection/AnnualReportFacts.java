package org.disclosureledger.reporting.projection;

import org.disclosureledger.kernel.LedgerEvent;
import org.disclosureledger.kernel.agency.AgencyRegistered;
import org.disclosureledger.kernel.AgencyScopedId;
import org.disclosureledger.kernel.application.ApplicationConcluded;
import org.disclosureledger.kernel.application.ApplicationReceived;
import org.disclosureledger.kernel.application.FeeNoticeIssued;
import org.disclosureledger.kernel.application.FeePaid;
import org.disclosureledger.kernel.litigation.LawsuitConcluded;
import org.disclosureledger.kernel.litigation.LawsuitFiled;
import org.disclosureledger.kernel.litigation.ReviewConcluded;
import org.disclosureledger.kernel.litigation.ReviewFiled;
import org.disclosureledger.kernel.proactive.AdministrativeFeesCollected;
import org.disclosureledger.kernel.proactive.DecisionsRecorded;
import org.disclosureledger.kernel.proactive.DocumentIssued;
import org.disclosureledger.kernel.proactive.DocumentRepealed;
import org.disclosureledger.kernel.proactive.InformationPublished;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Projects the kernel events into the fact tables of schema {@code reporting} that the annual report is computed
 * from. Plain code fed one event at a time with its event id, whatever delivers it (the Axon processor on a
 * single node, a Kafka consumer elsewhere); it writes within the caller's transaction. Every write is an upsert
 * keyed by natural ids, or by the event id for dated batches, so replaying events is harmless. A step of a case
 * whose opening was never projected is a bug upstream and fails loudly rather than being skipped.
 */
public class AnnualReportFacts {
    private final JdbcClient jdbc;

    public AnnualReportFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Projects one event; events that no report table needs (reply deadlines, consultations...) change nothing. */
    public void record(String eventId, LedgerEvent event) {
        if (event instanceof AgencyRegistered registered) {
            agency(registered);
        } else if (event instanceof ApplicationReceived received) {
            received(received);
        } else if (event instanceof ApplicationConcluded concluded) {
            step(concluded, concluded.applicationId(), "application", "concluded_on = :on, result = :value",
                    concluded.on(), concluded.result().name());
        } else if (event instanceof FeeNoticeIssued notice) {
            step(notice, notice.applicationId(), "application", "fee_notice_on = :on, fee_notice_yuan = :value",
                    notice.on(), notice.amount().amount());
        } else if (event instanceof FeePaid paid) {
            step(paid, paid.applicationId(), "application", "fee_paid_on = :on, fee_paid_yuan = :value",
                    paid.on(), paid.amount().amount());
        } else if (event instanceof DocumentIssued issued) {
            documentIssued(issued);
        } else if (event instanceof DocumentRepealed repealed) {
            step(repealed, repealed.documentId(), "regulatory_document", "repealed_on = :on", repealed.on(), null);
        } else if (event instanceof InformationPublished published) {
            published(published);
        } else if (event instanceof DecisionsRecorded decisions) {
            decisions(requireEventId(eventId, event), decisions);
        } else if (event instanceof AdministrativeFeesCollected fees) {
            fees(requireEventId(eventId, event), fees);
        } else if (event instanceof ReviewFiled filed) {
            reviewFiled(filed);
        } else if (event instanceof ReviewConcluded concluded) {
            step(concluded, concluded.reviewId(), "review", "concluded_on = :on, outcome = :value",
                    concluded.on(), concluded.outcome().name());
        } else if (event instanceof LawsuitFiled filed) {
            lawsuitFiled(filed);
        } else if (event instanceof LawsuitConcluded concluded) {
            step(concluded, concluded.lawsuitId(), "lawsuit", "concluded_on = :on, outcome = :value",
                    concluded.on(), concluded.outcome().name());
        }
    }

    private void agency(AgencyRegistered event) {
        jdbc.sql("""
                INSERT INTO reporting.agency (agency, name, level, parent, registered_on)
                VALUES (:agency, :name, :level, :parent, :registeredOn)
                ON CONFLICT (agency) DO UPDATE SET name = EXCLUDED.name, level = EXCLUDED.level, parent = EXCLUDED.parent,
                    registered_on = EXCLUDED.registered_on""")
                .param("agency", event.agency().value())
                .param("name", event.name())
                .param("level", event.level().name())
                .param("parent", event.parent() == null ? null : event.parent().value())
                .param("registeredOn", event.registeredOn())
                .update();
    }

    private void received(ApplicationReceived event) {
        jdbc.sql("""
                INSERT INTO reporting.application (agency, number, applicant_category, received_on)
                VALUES (:agency, :number, :category, :receivedOn)
                ON CONFLICT (agency, number) DO UPDATE SET applicant_category = EXCLUDED.applicant_category,
                    received_on = EXCLUDED.received_on""")
                .param("agency", event.agency().value())
                .param("number", event.applicationId().number())
                .param("category", event.applicantCategory().name())
                .param("receivedOn", event.receivedOn())
                .update();
    }

    private void documentIssued(DocumentIssued event) {
        jdbc.sql("""
                INSERT INTO reporting.regulatory_document (agency, number, kind, issued_on)
                VALUES (:agency, :number, :kind, :on)
                ON CONFLICT (agency, number) DO UPDATE SET kind = EXCLUDED.kind, issued_on = EXCLUDED.issued_on""")
                .param("agency", event.agency().value())
                .param("number", event.documentId().number())
                .param("kind", event.kind().name())
                .param("on", event.on())
                .update();
    }

    private void published(InformationPublished event) {
        jdbc.sql("""
                INSERT INTO reporting.publication (agency, number, published_on, channel)
                VALUES (:agency, :number, :on, :channel)
                ON CONFLICT (agency, number) DO UPDATE SET published_on = EXCLUDED.published_on, channel = EXCLUDED.channel""")
                .param("agency", event.agency().value())
                .param("number", event.itemId().number())
                .param("on", event.on())
                .param("channel", event.channel().name())
                .update();
    }

    private void decisions(String eventId, DecisionsRecorded event) {
        jdbc.sql("""
                INSERT INTO reporting.decision_batch (event_id, agency, kind, decided_on, decisions)
                VALUES (:eventId, :agency, :kind, :on, :count)
                ON CONFLICT (event_id) DO NOTHING""")
                .param("eventId", eventId)
                .param("agency", event.agency().value())
                .param("kind", event.kind().name())
                .param("on", event.on())
                .param("count", event.count())
                .update();
    }

    private void fees(String eventId, AdministrativeFeesCollected event) {
        jdbc.sql("""
                INSERT INTO reporting.administrative_fee (event_id, agency, collected_on, amount_yuan)
                VALUES (:eventId, :agency, :on, :amount)
                ON CONFLICT (event_id) DO NOTHING""")
                .param("eventId", eventId)
                .param("agency", event.agency().value())
                .param("on", event.on())
                .param("amount", event.amount().amount())
                .update();
    }

    private void reviewFiled(ReviewFiled event) {
        jdbc.sql("""
                INSERT INTO reporting.review (agency, number, filed_on, application)
                VALUES (:agency, :number, :on, :application)
                ON CONFLICT (agency, number) DO UPDATE SET filed_on = EXCLUDED.filed_on, application = EXCLUDED.application""")
                .param("agency", event.agency().value())
                .param("number", event.reviewId().number())
                .param("on", event.on())
                .param("application", event.applicationId() == null ? null : event.applicationId().number())
                .update();
    }

    private void lawsuitFiled(LawsuitFiled event) {
        jdbc.sql("""
                INSERT INTO reporting.lawsuit (agency, number, filed_on, after_review, application)
                VALUES (:agency, :number, :on, :afterReview, :application)
                ON CONFLICT (agency, number) DO UPDATE SET filed_on = EXCLUDED.filed_on, after_review = EXCLUDED.after_review,
                    application = EXCLUDED.application""")
                .param("agency", event.agency().value())
                .param("number", event.lawsuitId().number())
                .param("on", event.on())
                .param("afterReview", event.afterReview())
                .param("application", event.applicationId() == null ? null : event.applicationId().number())
                .update();
    }

    /** A later step of a case already projected: sets its columns, and fails when the case is not there. */
    private void step(LedgerEvent event, AgencyScopedId id, String table, String assignments, Object on, Object value) {
        int updated = jdbc.sql("UPDATE reporting." + table + " SET " + assignments + " WHERE agency = :agency AND number = :number")
                .param("on", on)
                .param("value", value)
                .param("agency", id.agency().value())
                .param("number", id.number())
                .update();
        if (updated != 1) {
            throw new IllegalStateException(event.getClass().getSimpleName() + " of " + id + " cannot be projected: reporting."
                    + table + " has no row for it (the event that opened the case was never projected)");
        }
    }

    private static String requireEventId(String eventId, LedgerEvent event) {
        if (eventId == null || eventId.isBlank()) {
            throw new IllegalArgumentException(event.getClass().getSimpleName() + " needs the id of its event to be projected idempotently");
        }
        return eventId;
    }
}
