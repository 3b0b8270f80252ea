package org.disclosureledger.reporting.narrative;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.disclosureledger.kernel.RecordingMetadata;
import org.disclosureledger.kernel.agency.AgencyCode;
import org.disclosureledger.kernel.report.NarrativeSection;
import org.disclosureledger.kernel.report.ReportNarrativeRevised;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Every revision of the reports' narrative sections, in {@code reporting.report_narrative_revision}; the current text
 * of a section is its latest revision. A replay starts from an empty table and inserts each revision once.
 */
@Component
@ProcessingGroup(NarrativeProjection.PROCESSING_GROUP)
public class NarrativeProjection {
    public static final String PROCESSING_GROUP = "report-narratives";

    private final JdbcClient jdbc;

    public NarrativeProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ReportNarrativeRevised event, @SequenceNumber long sequence,
            @MetaDataValue(RecordingMetadata.RECORDED_BY) String recordedBy,
            @MetaDataValue(RecordingMetadata.RECORDED_AT) String recordedAt) {
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

    @ResetHandler
    void reset() {
        jdbc.sql("TRUNCATE reporting.report_narrative_revision").update();
    }

    /** The latest revision of each section of the report, as projected so far. */
    Map<NarrativeSection, String> current(AgencyCode agency, int year) {
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
