package org.disclosureledger.casework.application.read;

import java.time.LocalDate;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.disclosureledger.kernel.application.ApplicationAnswered;
import org.disclosureledger.kernel.application.ApplicationConcluded;
import org.disclosureledger.kernel.application.ApplicationId;
import org.disclosureledger.kernel.application.ApplicationReceived;
import org.disclosureledger.kernel.application.ConsultationEnded;
import org.disclosureledger.kernel.application.ConsultationOverdue;
import org.disclosureledger.kernel.application.ConsultationStarted;
import org.disclosureledger.kernel.application.DeadlineSet;
import org.disclosureledger.kernel.application.FeeLapsed;
import org.disclosureledger.kernel.application.FeeNoticeIssued;
import org.disclosureledger.kernel.application.FeePaid;
import org.disclosureledger.kernel.application.FeeWaived;
import org.disclosureledger.kernel.application.ReplyDeadlineSet;
import org.disclosureledger.kernel.application.ReplyExtended;
import org.disclosureledger.kernel.application.ReplyOverdue;
import org.disclosureledger.kernel.application.SupplementLapsed;
import org.disclosureledger.kernel.application.SupplementReceived;
import org.disclosureledger.kernel.application.SupplementRequested;
import org.disclosureledger.kernel.calendar.StatutoryClock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code casework.case_workload}: one row per application with its state and clocks as its latest events left
 * them. Every handler sets values (never adds to them), so a replay of the event store rebuilds the same rows.
 */
@Component
@ProcessingGroup(CaseWorkloadProjection.PROCESSING_GROUP)
public class CaseWorkloadProjection {
    public static final String PROCESSING_GROUP = "case-workload";

    private final JdbcClient jdbc;

    public CaseWorkloadProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ApplicationReceived event) {
        jdbc.sql("""
                INSERT INTO casework.case_workload (application, agency, number, received_on, applicant_category)
                VALUES (:application, :agency, :number, :receivedOn, :category)
                ON CONFLICT (application) DO NOTHING""")
                .param("application", event.applicationId().toString())
                .param("agency", event.agency().value())
                .param("number", event.applicationId().number())
                .param("receivedOn", event.receivedOn())
                .param("category", event.applicantCategory().name())
                .update();
    }

    @EventHandler
    void on(SupplementRequested event) {
        set(event.applicationId(), "awaiting_supplement = TRUE, supplement_requested_on = :on, supplement_due_on = "
                + (event.supplementDueOn() == null ? "NULL" : ":due"), event.supplementDueOn() == null ? Map.of("on", event.on())
                : Map.of("on", event.on(), "due", event.supplementDueOn()));
    }

    @EventHandler
    void on(SupplementReceived event) {
        set(event.applicationId(), "awaiting_supplement = FALSE", Map.of());
    }

    @EventHandler
    void on(SupplementLapsed event) {
        set(event.applicationId(), "awaiting_supplement = FALSE", Map.of());
    }

    @EventHandler
    void on(ConsultationStarted event) {
        set(event.applicationId(), "consulting = TRUE, consultation_due_on = :due, consultation_overdue_on = NULL",
                Map.of("due", event.opinionDue().on()));
    }

    @EventHandler
    void on(ConsultationEnded event) {
        set(event.applicationId(), "consulting = FALSE, consultation_due_on = NULL, consultation_overdue_on = NULL", Map.of());
    }

    @EventHandler
    void on(DeadlineSet event) {
        if (event.clock() == StatutoryClock.SUPPLEMENT_NOTICE) {
            set(event.applicationId(), "supplement_notice_due_on = :due", Map.of("due", event.due().on()));
        } else if (event.clock() == StatutoryClock.CONSULTATION_OPINION) {
            set(event.applicationId(), "consultation_due_on = :due", Map.of("due", event.due().on()));
        } else if (event.clock() == StatutoryClock.SUPPLEMENT_PERIOD) {
            set(event.applicationId(), "supplement_due_on = :due", Map.of("due", event.due().on()));
        } else if (event.clock() == StatutoryClock.PAYMENT_PERIOD) {
            set(event.applicationId(), "payment_due_on = :due", Map.of("due", event.due().on()));
        }
    }

    @EventHandler
    void on(FeeNoticeIssued event) {
        set(event.applicationId(), "fee_unpaid = TRUE, fee_noticed_on = :on, payment_due_on = " + (event.payBy() == null ? "NULL" : ":due"),
                event.payBy() == null ? Map.of("on", event.on()) : Map.of("on", event.on(), "due", event.payBy()));
    }

    @EventHandler
    void on(FeeWaived event) {
        if (event.remaining().amount().signum() == 0) {
            set(event.applicationId(), "fee_unpaid = FALSE", Map.of());
        }
    }

    @EventHandler
    void on(FeePaid event) {
        set(event.applicationId(), "fee_unpaid = FALSE", Map.of());
    }

    @EventHandler
    void on(FeeLapsed event) {
        set(event.applicationId(), "fee_unpaid = FALSE", Map.of());
    }

    @EventHandler
    void on(ReplyExtended event) {
        set(event.applicationId(), "extended_by = :days", Map.of("days", event.workingDays()));
    }

    @EventHandler
    void on(ReplyDeadlineSet event) {
        if (event.due() == null) {
            set(event.applicationId(), "reply_due_on = NULL, reply_due_provisional = FALSE, reply_calendar_version = NULL", Map.of());
        } else {
            set(event.applicationId(), "reply_due_on = :due, reply_due_provisional = :provisional, reply_calendar_version = :version",
                    Map.of("due", event.due().on(), "provisional", event.due().provisional(), "version", event.due().calendarVersion()));
        }
    }

    @EventHandler
    void on(ReplyOverdue event) {
        set(event.applicationId(), "reply_overdue_on = :on", Map.of("on", event.on()));
    }

    @EventHandler
    void on(ConsultationOverdue event) {
        set(event.applicationId(), "consultation_overdue_on = :on", Map.of("on", event.on()));
    }

    @EventHandler
    void on(ApplicationAnswered event) {
        set(event.applicationId(), "answered = TRUE", Map.of());
    }

    @EventHandler
    void on(ApplicationConcluded event) {
        set(event.applicationId(), "concluded_on = :on, result = :result, concluded_late = :late, consulting = FALSE, "
                + "awaiting_supplement = FALSE, fee_unpaid = FALSE",
                Map.of("on", event.on(), "result", event.result().name(), "late", event.late()));
    }

    private void set(ApplicationId application, String assignments, Map<String, Object> values) {
        JdbcClient.StatementSpec statement = jdbc.sql("UPDATE casework.case_workload SET " + assignments + " WHERE application = :application")
                .param("application", application.toString());
        for (Map.Entry<String, Object> value : values.entrySet()) {
            statement = statement.param(value.getKey(), value.getValue() instanceof LocalDate day ? day : value.getValue());
        }
        int updated = statement.update();
        if (updated != 1) {
            throw new IllegalStateException("case_workload has no row for " + application + ": its receipt was not projected");
        }
    }
}
