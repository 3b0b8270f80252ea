package org.disclosureledger.casework.application.personaldata;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.disclosureledger.casework.platform.recording.Recording;
import org.disclosureledger.kernel.application.ApplicationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps applicants' particulars beside the ledger, erasable, never in an event. Reading them is for
 * {@link PersonalDataAccess} to allow first.
 */
@Component
public class ApplicantParticularsStore {
    private final JdbcClient jdbc;

    public ApplicantParticularsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void keep(ApplicationId applicationId, ApplicantParticulars particulars, Instant recordedAt) {
        if (particulars == null || particulars.isEmpty()) {
            return;
        }
        jdbc.sql("""
                INSERT INTO casework.applicant_particulars (application, agency, applicant_name, contact, subject, recorded_at)
                VALUES (:application, :agency, :name, :contact, :subject, :recordedAt)
                ON CONFLICT (application) DO NOTHING""")
                .param("application", applicationId.toString())
                .param("agency", applicationId.agency().value())
                .param("name", particulars.applicantName())
                .param("contact", particulars.contact())
                .param("subject", particulars.subject())
                .param("recordedAt", Timestamp.from(recordedAt))
                .update();
    }

    public Optional<ApplicantParticulars> find(ApplicationId applicationId) {
        return jdbc.sql("""
                SELECT applicant_name, contact, subject FROM casework.applicant_particulars
                WHERE application = ? AND erased_at IS NULL""")
                .param(applicationId.toString())
                .query((rs, row) -> new ApplicantParticulars(rs.getString(1), rs.getString(2), rs.getString(3)))
                .optional();
    }

    public Optional<Erasure> erasureOf(ApplicationId applicationId) {
        return jdbc.sql("""
                SELECT erased_at, erased_by FROM casework.applicant_particulars
                WHERE application = ? AND erased_at IS NOT NULL""")
                .param(applicationId.toString())
                .query((rs, row) -> new Erasure(rs.getTimestamp(1).toInstant(), rs.getString(2)))
                .optional();
    }

    /**
     * Erases the particulars (retention ended, or the applicant's request), noting when and by whom; the case and its
     * events stay. False when there was nothing to erase (none kept, or erased before: the first erasure stands).
     */
    public boolean erase(ApplicationId applicationId, Recording erasure) {
        return jdbc.sql("""
                UPDATE casework.applicant_particulars
                SET applicant_name = NULL, contact = NULL, subject = NULL, erased_at = :erasedAt, erased_by = :erasedBy
                WHERE application = :application AND erased_at IS NULL""")
                .param("application", applicationId.toString())
                .param("erasedAt", Timestamp.from(erasure.at()))
                .param("erasedBy", erasure.by())
                .update() > 0;
    }
}
