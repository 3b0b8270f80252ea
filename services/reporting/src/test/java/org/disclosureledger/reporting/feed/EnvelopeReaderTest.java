package org.disclosureledger.reporting.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import org.disclosureledger.kernel.AgencyCode;
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
