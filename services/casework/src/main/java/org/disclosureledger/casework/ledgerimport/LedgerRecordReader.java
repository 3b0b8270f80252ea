package org.disclosureledger.casework.ledgerimport;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.disclosureledger.casework.agency.command.RegisterAgency;
import org.disclosureledger.casework.application.command.ApplicationCommand;
import org.disclosureledger.casework.platform.problems.FieldError;
import org.disclosureledger.casework.litigation.command.LitigationCommand;
import org.disclosureledger.casework.application.personaldata.ApplicantParticulars;
import org.disclosureledger.casework.proactive.command.ProactiveCommand;
import org.disclosureledger.kernel.AgencyCode;
import org.disclosureledger.kernel.agency.AgencyLevel;
import org.disclosureledger.kernel.application.ApplicantCategory;
import org.disclosureledger.kernel.application.ApplicationId;
import org.disclosureledger.kernel.application.ApplicationResult;
import org.disclosureledger.kernel.application.ConsultedParty;
import org.disclosureledger.kernel.application.FeeBasis;
import org.disclosureledger.kernel.application.ReceiptChannel;
import org.disclosureledger.kernel.litigation.LawsuitId;
import org.disclosureledger.kernel.money.Yuan;
import org.disclosureledger.kernel.litigation.Outcome;
import org.disclosureledger.kernel.litigation.ReviewId;
import org.disclosureledger.kernel.proactive.DecisionKind;
import org.disclosureledger.kernel.proactive.DocumentId;
import org.disclosureledger.kernel.proactive.DocumentKind;
import org.disclosureledger.kernel.proactive.PublicationChannel;
import org.disclosureledger.kernel.proactive.PublishedItemId;

/**
 * Reads the ledger records of the interchange format ({@code shared/spec/interchange.md}) into commands. The
 * staff API uses the same reader for the steps of a case, so both speak one vocabulary.
 */
public final class LedgerRecordReader {
    static final int AGENCIES = 0;
    static final int OPENINGS = 1;
    static final int STEPS = 2;
    static final int LITIGATION = 3;
    static final int LITIGATION_ENDS = 4;

    private interface Reading extends BiFunction<AgencyCode, RecordFields, LedgerRecord> {
    }

    private static final Map<String, Reading> READINGS = new LinkedHashMap<>();

    static {
        READINGS.put("AgencyRegistered", (agency, f) -> record("AgencyRegistered", agency,
                new RegisterAgency(agency, f.text("name"), f.code("level", AgencyLevel.class), f.optionalAgency("parent")),
                null, AGENCIES, agency.value(), true));
        READINGS.put("ApplicationReceived", (agency, f) -> {
            ApplicationId id = application(agency, f);
            LocalDate on = f.date("receivedOn");
            return new LedgerRecord("ApplicationReceived", agency, new ApplicationCommand.ReceiveApplication(id, on,
                    f.code("applicantCategory", ApplicantCategory.class), f.code("channel", ReceiptChannel.class)),
                    on, OPENINGS, id.toString(), true,
                    new ApplicantParticulars(f.optionalText("applicantName"), f.optionalText("contact"), f.optionalText("subject")));
        });
        step("SupplementRequested", (id, f) -> new ApplicationCommand.RequestSupplement(id, f.date("on"), f.optionalDate("dueOn")));
        step("SupplementReceived", (id, f) -> new ApplicationCommand.ReceiveSupplement(id, f.date("on")));
        step("SupplementLapsed", (id, f) -> new ApplicationCommand.LapseSupplement(id, f.date("on")));
        step("ConsultationStarted", (id, f) -> new ApplicationCommand.StartConsultation(id, f.date("on"),
                f.code("party", ConsultedParty.class)));
        step("ConsultationEnded", (id, f) -> new ApplicationCommand.EndConsultation(id, f.date("on")));
        step("ReplyExtended", (id, f) -> {
            int days = f.integer("workingDays");
            if (days < 1 || days > 20) {
                throw new FieldError("workingDays", "must be 1 to 20 (Art. 33 ¶2): " + days);
            }
            return new ApplicationCommand.ExtendReply(id, f.date("on"), days);
        });
        step("FeeNoticeIssued", (id, f) -> {
            FeeBasis basis = f.optionalText("basis") == null ? null : f.code("basis", FeeBasis.class);
            Integer quantity = f.optionalInteger("quantity");
            Yuan amount = basis == null ? f.money("amountYuan") : f.optionalMoney("amountYuan");
            return new ApplicationCommand.IssueFeeNotice(id, f.date("on"), amount, basis, quantity);
        });
        step("FeePaid", (id, f) -> new ApplicationCommand.PayFee(id, f.date("on")));
        step("FeeLapsed", (id, f) -> new ApplicationCommand.LapseFee(id, f.date("on")));
        step("ApplicationWithdrawn", (id, f) -> new ApplicationCommand.WithdrawApplication(id, f.date("on")));
        step("ApplicationAnswered", (id, f) -> {
            ApplicationResult result = f.code("result", ApplicationResult.class);
            if (!result.givenByAnswer()) {
                throw new FieldError("result", result + " follows only from a lapse (SupplementLapsed, FeeLapsed), never from an answer");
            }
            return new ApplicationCommand.AnswerApplication(id, f.date("on"), result);
        });
        READINGS.put("DocumentIssued", (agency, f) -> {
            DocumentId id = f.id("document", n -> DocumentId.of(agency, n));
            LocalDate on = f.date("on");
            return record("DocumentIssued", agency, new ProactiveCommand.IssueDocument(id, f.code("kind", DocumentKind.class),
                    on, f.optionalText("title")), on, OPENINGS, id.toString(), true);
        });
        READINGS.put("DocumentRepealed", (agency, f) -> {
            DocumentId id = f.id("document", n -> DocumentId.of(agency, n));
            LocalDate on = f.date("on");
            return record("DocumentRepealed", agency, new ProactiveCommand.RepealDocument(id, on), on, STEPS, id.toString(), false);
        });
        READINGS.put("DecisionsRecorded", (agency, f) -> {
            LocalDate on = f.date("on");
            int count = f.integer("count");
            if (count < 1) {
                throw new FieldError("count", "must be at least 1: " + count);
            }
            return record("DecisionsRecorded", agency, new ProactiveCommand.RecordDecisions(agency,
                    f.code("kind", DecisionKind.class), on, count), on, OPENINGS, null, false);
        });
        READINGS.put("AdministrativeFeesCollected", (agency, f) -> {
            LocalDate on = f.date("on");
            return record("AdministrativeFeesCollected", agency,
                    new ProactiveCommand.RecordAdministrativeFees(agency, on, f.money("amountYuan")), on, OPENINGS, null, false);
        });
        READINGS.put("InformationPublished", (agency, f) -> {
            PublishedItemId id = f.id("item", n -> PublishedItemId.of(agency, n));
            LocalDate on = f.date("on");
            return record("InformationPublished", agency, new ProactiveCommand.PublishInformation(id, on,
                    f.code("channel", PublicationChannel.class), f.optionalText("title"), f.optionalDate("madeOn")), on, OPENINGS,
                    id.toString(), true);
        });
        READINGS.put("ReviewFiled", (agency, f) -> {
            ReviewId id = f.id("review", n -> ReviewId.of(agency, n));
            LocalDate on = f.date("on");
            return record("ReviewFiled", agency, new LitigationCommand.FileReview(id, on, optionalApplication(agency, f)),
                    on, LITIGATION, id.toString(), true);
        });
        READINGS.put("ReviewConcluded", (agency, f) -> {
            ReviewId id = f.id("review", n -> ReviewId.of(agency, n));
            LocalDate on = f.date("on");
            return record("ReviewConcluded", agency, new LitigationCommand.ConcludeReview(id, on, f.code("outcome", Outcome.class)),
                    on, LITIGATION_ENDS, id.toString(), false);
        });
        READINGS.put("LawsuitFiled", (agency, f) -> {
            LawsuitId id = f.id("lawsuit", n -> LawsuitId.of(agency, n));
            LocalDate on = f.date("on");
            return record("LawsuitFiled", agency, new LitigationCommand.FileLawsuit(id, on, f.bool("afterReview"),
                    optionalApplication(agency, f)), on, LITIGATION, id.toString(), true);
        });
        READINGS.put("LawsuitConcluded", (agency, f) -> {
            LawsuitId id = f.id("lawsuit", n -> LawsuitId.of(agency, n));
            LocalDate on = f.date("on");
            return record("LawsuitConcluded", agency, new LitigationCommand.ConcludeLawsuit(id, on, f.code("outcome", Outcome.class)),
                    on, LITIGATION_ENDS, id.toString(), false);
        });
    }

    private LedgerRecordReader() {
    }

    /** The records that open a case, and the field that numbers it. */
    private static final Map<String, String> CASE_OPENINGS = Map.of(
            "ApplicationReceived", ApplicationId.KIND, "DocumentIssued", DocumentId.KIND, "InformationPublished", PublishedItemId.KIND,
            "ReviewFiled", ReviewId.KIND, "LawsuitFiled", LawsuitId.KIND);

    /**
     * The key of the case a record would open ({@code agency/kind/number}, or the agency for AgencyRegistered), read
     * from the raw JSON: for telling which lines depend on a line that could not be read.
     */
    public static Optional<String> openedCase(JsonNode node) {
        String type = node.path("type").asText();
        String agency = node.path("agency").asText();
        if ("AgencyRegistered".equals(type)) {
            return Optional.of(agency);
        }
        String kind = CASE_OPENINGS.get(type);
        if (kind == null || !node.hasNonNull(kind)) {
            return Optional.empty();
        }
        return Optional.of(agency + "/" + kind + "/" + node.path(kind).asText());
    }

    public static Set<String> types() {
        return READINGS.keySet();
    }

    /** Reads one record; a {@link FieldError} names the field at fault. */
    public static LedgerRecord read(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new FieldError("line", "must be a JSON object");
        }
        RecordFields fields = new RecordFields(node);
        String type = fields.text("type");
        Reading reading = READINGS.get(type);
        if (reading == null) {
            throw new FieldError("type", "unknown record type '" + type + "' (expected one of " + String.join(", ", READINGS.keySet()) + ")");
        }
        return reading.apply(fields.agency("agency"), fields);
    }

    private interface StepReading {
        ApplicationCommand apply(ApplicationId id, RecordFields fields);
    }

    private static void step(String type, StepReading reading) {
        READINGS.put(type, (agency, f) -> {
            ApplicationId id = application(agency, f);
            ApplicationCommand command = reading.apply(id, f);
            return record(type, agency, command, command.on(), STEPS, id.toString(), false);
        });
    }

    private static ApplicationId application(AgencyCode agency, RecordFields f) {
        return f.id("application", n -> ApplicationId.of(agency, n));
    }

    private static ApplicationId optionalApplication(AgencyCode agency, RecordFields f) {
        return f.optionalText("application") == null ? null : application(agency, f);
    }

    private static LedgerRecord record(String type, AgencyCode agency, Object command, LocalDate on, int stage, String caseKey,
                                       boolean opensCase) {
        return new LedgerRecord(type, agency, command, on, stage, caseKey, opensCase, null);
    }
}
