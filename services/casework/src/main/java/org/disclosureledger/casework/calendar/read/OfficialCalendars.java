package org.disclosureledger.casework.calendar.read;

import org.disclosureledger.casework.calendar.command.OfficialCalendar;
import org.disclosureledger.casework.calendar.command.WorkingDayCalendars;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.disclosureledger.kernel.RecordingMetadata;
import org.disclosureledger.kernel.calendar.HolidayScheduleAdopted;
import org.disclosureledger.kernel.calendar.OfficialCalendarFile;
import org.disclosureledger.kernel.calendar.WorkingDayCalendar;
import org.springframework.stereotype.Component;

/**
 * The calendar in force: the bundled schedules (version 1) plus the adopted ones, read from the official calendar's
 * own events in the event store. Every node sees a schedule as soon as it is committed; the folded calendar is kept
 * until the calendar's history grows, which one small query per call tells.
 */
@Component
public class OfficialCalendars implements WorkingDayCalendars {
    /** One adoption as shown to staff: the event and who recorded it. */
    public record Adoption(HolidayScheduleAdopted event, String recordedBy, String recordedAt) {
    }

    private record Folded(long lastSequence, WorkingDayCalendar calendar, List<Adoption> adoptions) {
    }

    private final EventStore eventStore;
    private volatile Folded folded = new Folded(-1, OfficialCalendarFile.bundled(), List.of());

    public OfficialCalendars(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Override
    public WorkingDayCalendar current() {
        return fresh().calendar();
    }

    /** The adoptions since the bundled schedules, oldest first. */
    public List<Adoption> adoptions() {
        return fresh().adoptions();
    }

    private Folded fresh() {
        Optional<Long> last = eventStore.lastSequenceNumberFor(OfficialCalendar.ID);
        Folded known = folded;
        if (last.isEmpty() || last.get() == known.lastSequence()) {
            return known;
        }
        WorkingDayCalendar calendar = OfficialCalendarFile.bundled();
        List<Adoption> adoptions = new ArrayList<>();
        long sequence = -1;
        for (DomainEventMessage<?> message : eventStore.readEvents(OfficialCalendar.ID).asStream().toList()) {
            if (message.getPayload() instanceof HolidayScheduleAdopted adopted) {
                calendar = calendar.with(adopted.schedule());
                Object by = message.getMetaData().get(RecordingMetadata.RECORDED_BY);
                Object at = message.getMetaData().get(RecordingMetadata.RECORDED_AT);
                adoptions.add(new Adoption(adopted, by == null ? null : by.toString(), at == null ? null : at.toString()));
            }
            sequence = message.getSequenceNumber();
        }
        Folded now = new Folded(sequence, calendar, List.copyOf(adoptions));
        folded = now;
        return now;
    }
}
