package org.disclosureledger.reporting.projection;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;
import org.disclosureledger.kernel.AgencyCode;
import org.disclosureledger.kernel.report.NarrativeSection;
import org.disclosureledger.kernel.report.ReportNarrativeRevised;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every revision of the reports' narrative sections, in {@code reporting.report_narrative_revision}; the current text
 * of a section is its latest revision. A revision is keyed by its report and its sequence number there, so projecting
 * it again inserts nothing.
 */
public class NarrativeRevisions {
    private final JdbcClient jdbc;

    public NarrativeRevisions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Keeps one revision; {@code sequence} is the event's place in its report, {@code recordedAt} an ISO instant. */
    public void record(ReportNarrativeRevised event, long sequence, String recordedBy, String recordedAt) {
        jdbc.sql("""
                INSERT INTO reporting.report_narrative_revision
                    (agency, year, sequence_number, section, text, revised_on, recorded_by, recorded_at)
                VALUES (:agency, :year, :sequence, :section, :text, :revisedOn, :recordedBy, :recordedAt)
                ON CONFLICT (agency, year, sequence_number) DO NOTHING""")
                .param("agency", event.agency().value())
                .param("year", event.year())
                .param("sequence", sequence)
                .param("section", event.section().name())
                .param("text", event.text())
                .param("revisedOn", event.revisedOn())
                .param("recordedBy", recordedBy)
                .param("recordedAt", recordedAt == null ? null : OffsetDateTime.ofInstant(Instant.parse(recordedAt), ZoneOffset.UTC))
                .update();
    }

    /** The latest revision of each section of the report, as projected so far. */
    public Map<NarrativeSection, String> current(AgencyCode agency, int year) {
        Map<NarrativeSection, String> texts = new EnumMap<>(NarrativeSection.class);
        jdbc.sql("""
                SELECT DISTINCT ON (section) section, text FROM reporting.report_narrative_revision
                WHERE agency = :agency AND year = :year ORDER BY section, sequence_number DESC""")
                .param("agency", agency.value())
                .param("year", year)
                .query((rs, row) -> Map.entry(NarrativeSection.valueOf(rs.getString("section")), rs.getString("text")))
                .list()
                .forEach(entry -> texts.put(entry.getKey(), entry.getValue()));
        return texts;
    }
}
