package org.disclosureledger.reporting.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import org.disclosureledger.kernel.AgencyCode;
import org.disclosureledger.kernel.calendar.ClockStart;
import org.disclosureledger.kernel.calendar.ReckoningStep;
import org.disclosureledger.kernel.calendar.StatutoryClock;
import org.disclosureledger.kernel.proactive.InformationPublished;
import org.disclosureledger.kernel.proactive.DecisionKind;
import org.disclosureledger.kernel.proactive.DecisionsRecorded;
import org.disclosureledger.kernel.stream.LedgerEventEnvelope;
import org.disclosureledger.kernel.stream.LedgerEventJson;
import org.disclosureledger.reporting.projection.StoredEvent;
import org.junit.jupiter.api.Test;

class EnvelopeReaderTest {
    private final ObjectMapper json = LedgerEventJson.objectMapper();
    private final EnvelopeReader reader = new EnvelopeReader();
    private final DecisionsRecorded decisions = new DecisionsRecorded(AgencyCode.of("env"), DecisionKind.PENALTY, LocalDate.of(2021, 5, 1), 3);

    private String message(String type, String revision, String agency, Object payload) throws Exception {
        return json.writeValueAsString(new LedgerEventEnvelope("e-1", type, revision, agency, "e-1", 0, "2021-05-01T01:00:00Z",
                "li.clerk", "2021-05-01T01:00:00Z", json.valueToTree(payload)));
    }

    @Test
    void anEnvelopeGivesBackTheKernelEventWithItsIdentityAndRecording() throws Exception {
        StoredEvent event = reader.event(reader.envelope(message("DecisionsRecorded", "1", "env", decisions)));

        assertThat(event.event()).isEqualTo(decisions);
        assertThat(event.eventId()).isEqualTo("e-1");
        assertThat(event.recordedBy()).isEqualTo("li.clerk");
        assertThat(event.recordedAt()).isEqualTo("2021-05-01T01:00:00Z");
    }

    @Test
    void aTypeThisVersionDoesNotKnowIsUnreadable() throws Exception {
        assertThatThrownBy(() -> reader.event(reader.envelope(message("DecisionsRevoked", "1", "env", decisions))))
                .isInstanceOf(UnreadableEvent.class).hasMessageContaining("unknown event type 'DecisionsRevoked'");
    }

    @Test
    void aRevisionThisVersionCannotReadIsUnreadable() throws Exception {
        assertThatThrownBy(() -> reader.event(reader.envelope(message("DecisionsRecorded", "2", "env", decisions))))
                .isInstanceOf(UnreadableEvent.class).hasMessageContaining("revision 2").hasMessageContaining("reads revision 1");
    }

    /** A publication as revision 1 published it: its count of Art. 26 as lines of text. */
    private static String publishedAsRevisionOne(String firstLine) {
        return """
                {"itemId": "env/item/P1", "on": "2021-11-04", "channel": "WEBSITE", "title": null, "madeOn": "2021-09-30",
                 "publicationDue": {"on": "2021-11-03", "provisional": false, "calendarVersion": 1},
                 "publicationDueExplanation": ["%s",
                   "2021-10-01 to 2021-10-07: official holidays, not counted",
                   "2021-10-09 (Sat): make-up working day (调休上班), counted as day 2", "day 20 of 20: 2021-11-03 (Wed)",
                   "due 2021-11-03 (calendar version 1)"], "late": true}""".formatted(firstLine);
    }

    @Test
    void anEarlierRevisionOnTheTopicIsReadAsTheCurrentOne() throws Exception {
        StoredEvent event = reader.event(reader.envelope(message("InformationPublished", "1", "env",
                json.readTree(publishedAsRevisionOne("2021-09-30 made or changed: day 0 of 20 working days, proactive publication (Art. 26)")))));
        InformationPublished published = (InformationPublished) event.event();
        assertThat(published.late()).isTrue();
        assertThat(published.publicationDueReckoning()).hasSize(4).first()
                .isEqualTo(new ReckoningStep.Start(LocalDate.of(2021, 9, 30), ClockStart.MADE_OR_CHANGED, 20, StatutoryClock.PUBLICATION));
    }

    @Test
    void anEarlierRevisionThatCannotBeBroughtToTheCurrentOneIsUnreadable() throws Exception {
        assertThatThrownBy(() -> reader.event(reader.envelope(message("InformationPublished", "1", "env",
                json.readTree(publishedAsRevisionOne("made some day"))))))
                .isInstanceOf(UnreadableEvent.class).hasMessageContaining("cannot be brought to revision 2")
                .hasMessageContaining("'made some day'");
    }

    @Test
    void aPayloadThatDoesNotReadIsUnreadable() throws Exception {
        ObjectNode broken = json.valueToTree(decisions);
        broken.put("kind", "NO_SUCH_KIND");
        assertThatThrownBy(() -> reader.event(reader.envelope(message("DecisionsRecorded", "1", "env", broken))))
                .isInstanceOf(UnreadableEvent.class).hasMessageContaining("does not read");
        assertThatThrownBy(() -> reader.envelope("{not json")).isInstanceOf(UnreadableEvent.class)
                .hasMessageContaining("not an envelope");
        assertThatThrownBy(() -> reader.envelope("{\"type\":\"DecisionsRecorded\"}")).isInstanceOf(UnreadableEvent.class)
                .hasMessageContaining("are required");
    }

    @Test
    void anEnvelopeKeyedByAnotherAgencyThanItsPayloadIsUnreadable() throws Exception {
        assertThatThrownBy(() -> reader.event(reader.envelope(message("DecisionsRecorded", "1", "other", decisions))))
                .isInstanceOf(UnreadableEvent.class).hasMessageContaining("keyed by agency other");
    }
}
