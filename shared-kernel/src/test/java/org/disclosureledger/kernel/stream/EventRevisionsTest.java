package org.disclosureledger.kernel.stream;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.Revision;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.disclosureledger.kernel.AgencyCode;
import org.disclosureledger.kernel.application.ApplicationId;
import org.disclosureledger.kernel.application.ConsultationStarted;
import org.disclosureledger.kernel.application.ConsultedParty;
import org.disclosureledger.kernel.application.DeadlineSet;
import org.disclosureledger.kernel.application.FeeBasis;
import org.disclosureledger.kernel.application.FeeComputation;
import org.disclosureledger.kernel.application.FeeNoticeIssued;
import org.disclosureledger.kernel.application.FeeWaived;
import org.disclosureledger.kernel.application.FeeWaiverReason;
import org.disclosureledger.kernel.application.SupplementRequested;
import org.disclosureledger.kernel.application.ReplyDeadlineSet;
import org.disclosureledger.kernel.application.ReplyDeferred;
import org.disclosureledger.kernel.calendar.ClockPause;
import org.disclosureledger.kernel.calendar.ClockStart;
import org.disclosureledger.kernel.calendar.DueDate;
import org.disclosureledger.kernel.calendar.ReckoningStep.Holidays;
import org.disclosureledger.kernel.calendar.ReckoningStep.MakeupWorkday;
import org.disclosureledger.kernel.calendar.ReckoningStep.Paused;
import org.disclosureledger.kernel.calendar.ReckoningStep.Reached;
import org.disclosureledger.kernel.calendar.ReckoningStep.Start;
import org.disclosureledger.kernel.calendar.StatutoryClock;
import org.disclosureledger.kernel.money.Yuan;
import org.disclosureledger.kernel.proactive.InformationPublished;
import org.disclosureledger.kernel.proactive.PublicationChannel;
import org.disclosureledger.kernel.proactive.PublishedItemId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each revision of each changed event as its golden JSON, read with the production mapper: the current revision reads
 * and writes as its file; an earlier one goes through Axon's upcaster chain with {@link LedgerEventUpcaster} and reads
 * as the current event.
 */
class EventRevisionsTest {
    private static final ObjectMapper JSON = LedgerEventJson.objectMapper();
    private static final JacksonSerializer SERIALIZER = JacksonSerializer.builder().objectMapper(JSON).build();
    private static final ApplicationId CASE = ApplicationId.of(AgencyCode.of("hancong"), "2021-17");
    private static final DueDate NOV_3 = new DueDate(LocalDate.of(2021, 11, 3), false, 1);

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    /** Received Thu 30 Sep 2021, consulted 8-15 Oct: due Thu 11 Nov 2021. */
    static final ReplyDeadlineSet REPLY = new ReplyDeadlineSet(CASE, day("2021-10-15"), new DueDate(day("2021-11-11"), false, 1), List.of(
            new Start(day("2021-09-30"), ClockStart.RECEIVED, 20, StatutoryClock.REPLY),
            new Paused(ClockPause.CONSULTATION, day("2021-10-08"), day("2021-10-15"), 6, false),
            new Holidays(day("2021-10-01"), day("2021-10-07")),
            new Reached(day("2021-11-11"), 20)));

    static final DeadlineSet SUPPLEMENT_NOTICE = new DeadlineSet(CASE, day("2021-09-30"), StatutoryClock.SUPPLEMENT_NOTICE,
            new DueDate(day("2021-10-15"), false, 1), List.of(
            new Start(day("2021-09-30"), ClockStart.RECEIVED, 7, StatutoryClock.SUPPLEMENT_NOTICE),
            new Holidays(day("2021-10-01"), day("2021-10-07")),
            new MakeupWorkday(day("2021-10-09"), 2),
            new Reached(day("2021-10-15"), 7)));

    static final InformationPublished PUBLISHED = new InformationPublished(PublishedItemId.of(AgencyCode.of("hancong"), "2021-40"),
            day("2021-11-04"), PublicationChannel.WEBSITE, "通知", day("2021-09-30"), NOV_3, List.of(
            new Start(day("2021-09-30"), ClockStart.MADE_OR_CHANGED, 20, StatutoryClock.PUBLICATION),
            new Holidays(day("2021-10-01"), day("2021-10-07")),
            new MakeupWorkday(day("2021-10-09"), 2),
            new Reached(day("2021-11-03"), 20)), true);

    static final SupplementRequested SUPPLEMENT_REQUESTED = new SupplementRequested(CASE, day("2021-10-18"), day("2021-11-01"),
            new DueDate(day("2021-10-15"), false, 1), true);

    static final FeeNoticeIssued FEE_NOTICE = new FeeNoticeIssued(CASE, day("2021-10-08"), Yuan.of(200),
            new FeeComputation(FeeBasis.PER_APPLICATION, 35, List.of("applications 31–35: 5 × 200元 = 1000元"), Yuan.of(200)));

    static final FeeWaived FEE_WAIVED = new FeeWaived(CASE, day("2021-10-12"), Yuan.of(150), Yuan.of(50), FeeWaiverReason.ECONOMIC_HARDSHIP);

    static final ConsultationStarted CONSULTATION = new ConsultationStarted(CASE, day("2021-09-24"), ConsultedParty.OTHER_AGENCY,
            new DueDate(day("2021-10-15"), false, 1));

    static final ReplyDeferred DEFERRED = new ReplyDeferred(CASE, day("2021-10-20"), null, 30, false);

    private static Object expected(String type) {
        return switch (type) {
            case "ReplyDeadlineSet" -> REPLY;
            case "DeadlineSet" -> SUPPLEMENT_NOTICE;
            case "InformationPublished" -> PUBLISHED;
            case "SupplementRequested" -> SUPPLEMENT_REQUESTED;
            case "FeeNoticeIssued" -> FEE_NOTICE;
            case "FeeWaived" -> FEE_WAIVED;
            case "ConsultationStarted" -> CONSULTATION;
            case "ReplyDeferred" -> DEFERRED;
            default -> throw new IllegalArgumentException(type);
        };
    }

    private static byte[] golden(String type, int revision) throws IOException {
        try (InputStream in = EventRevisionsTest.class.getResourceAsStream("events/" + type + "-" + revision + ".json")) {
            assertThat(in).as(type + "-" + revision + ".json").isNotNull();
            return in.readAllBytes();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ReplyDeadlineSet-2", "DeadlineSet-2", "InformationPublished-2", "SupplementRequested-2", "FeeNoticeIssued-2",
            "FeeWaived-1", "ConsultationStarted-2", "ReplyDeferred-1"})
    void theCurrentRevisionIsStoredAsItsGoldenJson(String file) throws Exception {
        String type = file.substring(0, file.indexOf('-'));
        int revision = Integer.parseInt(file.substring(file.indexOf('-') + 1));
        Object event = expected(type);
        assertThat(event.getClass().getAnnotation(Revision.class).value()).isEqualTo(String.valueOf(revision));
        byte[] json = golden(type, revision);
        assertThat(JSON.readValue(json, event.getClass())).isEqualTo(event);
        assertThat(JSON.readTree(JSON.writeValueAsBytes(event))).isEqualTo(JSON.readTree(json));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ReplyDeadlineSet", "DeadlineSet", "InformationPublished", "SupplementRequested", "FeeNoticeIssued",
            "ConsultationStarted"})
    void revisionOneIsReadAsTheCurrentRevision(String type) throws Exception {
        Object event = expected(type);
        IntermediateEventRepresentation stored = new InitialEventRepresentation(new GenericDomainEventEntry<>("ApplicationCase",
                "hancong/application/2021-17", 3, "event-1", Instant.parse("2021-10-15T02:00:00Z"), event.getClass().getName(), "1",
                golden(type, 1), "{}".getBytes()), SERIALIZER);
        List<IntermediateEventRepresentation> read = new EventUpcasterChain(new LedgerEventUpcaster()).upcast(Stream.of(stored)).toList();
        assertThat(read).hasSize(1);
        assertThat(read.get(0).getType().getRevision()).isEqualTo(event.getClass().getAnnotation(Revision.class).value());
        assertThat((Object) SERIALIZER.deserialize((SerializedObject<?>) read.get(0).getData())).isEqualTo(event);
    }

    @Test
    void theCurrentRevisionPassesTheUpcasterUntouched() throws Exception {
        IntermediateEventRepresentation stored = new InitialEventRepresentation(new GenericDomainEventEntry<>("ApplicationCase",
                "hancong/application/2021-17", 3, "event-2", Instant.parse("2021-10-15T02:00:00Z"), ReplyDeadlineSet.class.getName(), "2",
                golden("ReplyDeadlineSet", 2), "{}".getBytes()), SERIALIZER);
        IntermediateEventRepresentation read = new EventUpcasterChain(new LedgerEventUpcaster()).upcast(Stream.of(stored)).toList().get(0);
        assertThat(read).isSameAs(stored);
    }

    @Test
    void aPublicationWithoutItsDayOfMakingStaysWithoutACount() {
        var upcast = EventRevisions.upcast(InformationPublished.class.getName(), "1", JSON.createObjectNode()
                .put("itemId", "hancong/item/2021-1").put("on", "2021-03-01").put("channel", "WECHAT").put("late", false)
                .putNull("publicationDueExplanation"));
        assertThat(upcast.revision()).isEqualTo("2");
        assertThat(upcast.payload().has("publicationDueExplanation")).isFalse();
        assertThat(upcast.payload().get("publicationDueReckoning").isNull()).isTrue();
    }

    /** Every event whose revision moved past 1 reaches it from revision 1 through its changes: none is left unreadable. */
    @Test
    void everyRevisionIsReachedFromTheFirst() {
        EventCatalogue.all().values().forEach(type -> assertThat(EventRevisions.target(type.getName(), "1"))
                .as(type.getSimpleName()).isEqualTo(type.getAnnotation(Revision.class).value()));
    }
}
