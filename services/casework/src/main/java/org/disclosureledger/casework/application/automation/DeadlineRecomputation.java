package org.disclosureledger.casework.application.automation;

import java.time.Instant;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.disclosureledger.casework.application.command.ApplicationCommand.RecomputeDeadlines;
import org.disclosureledger.casework.platform.recording.CaseworkGateway;
import org.disclosureledger.casework.platform.recording.Recording;
import org.disclosureledger.kernel.RecordingMetadata;
import org.disclosureledger.kernel.application.ApplicationConcluded;
import org.disclosureledger.kernel.application.ApplicationId;
import org.disclosureledger.kernel.application.ApplicationReceived;
import org.disclosureledger.kernel.calendar.HolidayScheduleAdopted;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * When a schedule is adopted, every application still open is asked to count its clocks again
 * ({@link RecomputeDeadlines}); each records only what changed. The open applications are read from the event store
 * itself (received, not concluded), so no read model's lag can leave one out. Recorded in the name of whoever
 * adopted the schedule, at the instant they did.
 */
@Component
@ProcessingGroup(DeadlineRecomputation.PROCESSING_GROUP)
public class DeadlineRecomputation {
    public static final String PROCESSING_GROUP = "deadline-recomputation";

    private final JdbcClient jdbc;
    private final CaseworkGateway casework;

    public DeadlineRecomputation(JdbcClient jdbc, CaseworkGateway casework) {
        this.jdbc = jdbc;
        this.casework = casework;
    }

    @EventHandler
    void on(HolidayScheduleAdopted event, @MetaDataValue(RecordingMetadata.RECORDED_BY) String by,
            @MetaDataValue(RecordingMetadata.RECORDED_AT) String at) {
        Recording recording = new Recording(by == null ? "official-calendar" : by, at == null ? Instant.EPOCH : Instant.parse(at));
        for (ApplicationId application : openApplications()) {
            casework.record(new RecomputeDeadlines(application, event.on(), event.version()), recording);
        }
    }

    private List<ApplicationId> openApplications() {
        return jdbc.sql("""
                SELECT aggregate_identifier FROM casework.domain_event_entry WHERE payload_type = :received
                EXCEPT
                SELECT aggregate_identifier FROM casework.domain_event_entry WHERE payload_type = :concluded
                ORDER BY 1""")
                .param("received", ApplicationReceived.class.getName())
                .param("concluded", ApplicationConcluded.class.getName())
                .query(String.class)
                .list()
                .stream()
                .map(ApplicationId::parse)
                .toList();
    }
}
