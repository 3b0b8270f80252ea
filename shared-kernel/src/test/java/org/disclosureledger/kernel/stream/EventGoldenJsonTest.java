package org.disclosureledger.kernel.stream;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.stream.Stream;
import org.axonframework.serialization.Revision;
import org.disclosureledger.kernel.LedgerEvent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every event of the catalogue has golden JSON for every revision ({@code stream/events/<Name>-<revision>.json}, as the
 * event store holds it), and the current revision, read with the production mapper, writes back the very same JSON. A
 * changed event shape therefore needs a new revision, its golden JSON and an upcaster (older revisions are read
 * through the upcasters in {@link EventRevisionsTest}).
 */
class EventGoldenJsonTest {
    private static final ObjectMapper MAPPER = LedgerEventJson.objectMapper();

    static Stream<String> events() {
        return EventCatalogue.all().keySet().stream();
    }

    @ParameterizedTest
    @MethodSource("events")
    void everyRevisionHasGoldenJsonThatTheProductionMapperReads(String name) throws IOException {
        Class<? extends LedgerEvent> type = EventCatalogue.type(name).orElseThrow();
        int current = Integer.parseInt(type.getAnnotation(Revision.class).value());
        for (int revision = 1; revision <= current; revision++) {
            try (InputStream golden = EventGoldenJsonTest.class.getResourceAsStream("events/" + name + "-" + revision + ".json")) {
                assertThat(golden).as("golden JSON of %s revision %d (stream/events/%s-%d.json)", name, revision, name, revision)
                        .isNotNull();
                byte[] json = golden.readAllBytes();
                if (revision == current) {
                    LedgerEvent event = MAPPER.readValue(json, type);
                    JsonNode written = MAPPER.readTree(MAPPER.writeValueAsBytes(event));
                    assertThat(written).as(name + " written back").isEqualTo(MAPPER.readTree(json));
                    assertThat(MAPPER.readValue(MAPPER.writeValueAsBytes(event), type)).isEqualTo(event);
                }
            }
        }
    }
}
