package org.disclosureledger.kernel.stream;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.disclosureledger.kernel.application.ConsultationStarted;
import org.disclosureledger.kernel.application.DeadlineSet;
import org.disclosureledger.kernel.application.FeeNoticeIssued;
import org.disclosureledger.kernel.application.ReplyDeadlineSet;
import org.disclosureledger.kernel.application.SupplementRequested;
import org.disclosureledger.kernel.calendar.ReckoningStep;
import org.disclosureledger.kernel.calendar.ReckoningText;
import org.disclosureledger.kernel.calendar.StatutoryClock;
import org.disclosureledger.kernel.proactive.InformationPublished;

/**
 * Every change of an event's shape, as a step from one stored revision to the next on the event's JSON: what the
 * event store's upcaster ({@link LedgerEventUpcaster}) and a reader of the topic apply to an event written by an
 * earlier version. Events are never rewritten where they are stored; they are read as the current revision.
 */
public final class EventRevisions {
    private static final ObjectMapper JSON = LedgerEventJson.objectMapper();
    private static final TypeReference<List<ReckoningStep>> STEPS = new TypeReference<>() {
    };

    /** The payload of {@code type} (a class name) at revision {@code from} becomes revision {@code to}. */
    public record Change(String type, String from, String to, UnaryOperator<ObjectNode> upcast) {
    }

    /** A payload brought to the revision its class has now. */
    public record Upcast(String revision, ObjectNode payload) {
    }

    private static final List<Change> CHANGES = List.of(
            // The count of a due date: lines of text became steps (ReckoningStep); the reply's first line named no period.
            new Change(ReplyDeadlineSet.class.getName(), "1", "2",
                    json -> stepsFromText(json, "explanation", "reckoning", StatutoryClock.REPLY)),
            new Change(DeadlineSet.class.getName(), "1", "2",
                    json -> stepsFromText(json, "explanation", "reckoning", clock(json))),
            new Change(InformationPublished.class.getName(), "1", "2",
                    json -> stepsFromText(json, "publicationDueExplanation", "publicationDueReckoning", StatutoryClock.PUBLICATION)),
            // The applicant's supplement period may be given in working days (issue 13); earlier requests gave a date or none.
            new Change(SupplementRequested.class.getName(), "1", "2", json -> absent(json, "supplementWorkingDays")),
            // A fee notice records its payment period (issue 13); earlier notices recorded none.
            new Change(FeeNoticeIssued.class.getName(), "1", "2", json -> absent(json, "payBy", "payWithinWorkingDays")),
            // The day the consulted party received the request for opinion (issue 13); earlier: not recorded (the day sent).
            new Change(ConsultationStarted.class.getName(), "1", "2", json -> absent(json, "partyReceivedOn")));

    private EventRevisions() {
    }

    public static List<Change> all() {
        return CHANGES;
    }

    /** Whether a payload of this type and revision was written by an earlier version and is read through a change. */
    public static boolean upcasts(String type, String revision) {
        return change(type, revision).isPresent();
    }

    /** The revision a payload of {@code revision} has once every change from it on is applied. */
    public static String target(String type, String revision) {
        String current = revision;
        for (Optional<Change> change = change(type, current); change.isPresent(); change = change(type, current)) {
            current = change.get().to();
        }
        return current;
    }

    /** Applies every change from {@code revision} on; a payload already current comes back as it is. */
    public static Upcast upcast(String type, String revision, ObjectNode payload) {
        String current = revision;
        ObjectNode json = payload.deepCopy();
        for (Optional<Change> change = change(type, current); change.isPresent(); change = change(type, current)) {
            json = change.get().upcast().apply(json);
            current = change.get().to();
        }
        return new Upcast(current, json);
    }

    private static Optional<Change> change(String type, String revision) {
        return CHANGES.stream().filter(c -> c.type().equals(type) && c.from().equals(revision)).findFirst();
    }

    private static StatutoryClock clock(ObjectNode json) {
        JsonNode clock = json.get("clock");
        return clock == null || clock.isNull() ? null : StatutoryClock.valueOf(clock.asText());
    }

    /** Fields added by a revision, absent from the earlier one: not recorded then. */
    private static ObjectNode absent(ObjectNode json, String... fields) {
        for (String field : fields) {
            if (!json.has(field)) {
                json.putNull(field);
            }
        }
        return json;
    }

    private static ObjectNode stepsFromText(ObjectNode json, String textField, String stepsField, StatutoryClock implied) {
        JsonNode text = json.remove(textField);
        if (text == null || text.isNull()) {
            json.putNull(stepsField);
            return json;
        }
        List<String> lines = new ArrayList<>();
        text.forEach(line -> lines.add(line.asText()));
        try {
            json.set(stepsField, JSON.readTree(JSON.writerFor(STEPS).writeValueAsBytes(ReckoningText.parse(lines, implied))));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("the steps of a count do not write as JSON", e);
        }
        return json;
    }
}
