package org.disclosureledger.casework.application.command;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.disclosureledger.casework.application.personaldata.ApplicantParticulars;
import org.disclosureledger.casework.platform.vocabulary.Dispatch;
import org.disclosureledger.casework.platform.vocabulary.Dispatch.Stage;
import org.disclosureledger.casework.platform.vocabulary.Identifiers;
import org.disclosureledger.casework.platform.vocabulary.LedgerRecord;
import org.disclosureledger.casework.platform.vocabulary.MoneyReading;
import org.disclosureledger.kernel.AgencyCode;
import org.disclosureledger.kernel.application.ApplicantCategory;
import org.disclosureledger.kernel.application.ApplicationId;
import org.disclosureledger.kernel.application.ApplicationResult;
import org.disclosureledger.kernel.application.ConsultedParty;
import org.disclosureledger.kernel.application.FeeBasis;
import org.disclosureledger.kernel.application.FeeWaiverReason;
import org.disclosureledger.kernel.application.ReceiptChannel;
import org.disclosureledger.kernel.money.Yuan;
import org.disclosureledger.platform.problem.InvalidField;
import org.disclosureledger.platform.validation.RequiredText;

/**
 * The records of a disclosure application in the ledger vocabulary: its receipt, and each step of its handling. The
 * same records are the lines of an import and the bodies of the staff API; each maps to its command here, once.
 */
public sealed interface ApplicationRecord extends LedgerRecord {
    String application();

    /** The case's id, from the record's agency and number. */
    default ApplicationId applicationId() {
        AgencyCode agency = Identifiers.agency(agency());
        return Identifiers.of("application", application(), number -> ApplicationId.of(agency, number));
    }

    /**
     * {@code ApplicationReceived}: an application as it arrives. {@code applicantName}, {@code contact} and
     * {@code subject} are the applicant's particulars, kept outside the events. Also the body of
     * {@code POST /api/v1/agencies/{agency}/applications}.
     */
    @JsonTypeName("ApplicationReceived")
    @JsonTypeInfo(use = JsonTypeInfo.Id.NONE)
    record Received(@RequiredText String agency, @RequiredText String application, @NotNull LocalDate receivedOn,
                    @NotNull ApplicantCategory applicantCategory, @NotNull ReceiptChannel channel,
                    String applicantName, String contact, String subject) implements ApplicationRecord {
        @Override
        public Received forAgency(AgencyCode code) {
            return new Received(code.value(), application, receivedOn, applicantCategory, channel, applicantName, contact, subject);
        }

        @Override
        public Dispatch dispatch() {
            ApplicationId id = applicationId();
            return Dispatch.opening(new ApplicationCommand.ReceiveApplication(id, receivedOn, applicantCategory, channel),
                    Stage.OPENINGS, id, receivedOn);
        }

        public ApplicantParticulars particulars() {
            return new ApplicantParticulars(applicantName, contact, subject);
        }
    }

    /** A step of an application's handling: the body of {@code POST .../applications/{application}/steps}. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
    @JsonSubTypes({@JsonSubTypes.Type(SupplementRequested.class), @JsonSubTypes.Type(SupplementReceived.class),
            @JsonSubTypes.Type(SupplementLapsed.class), @JsonSubTypes.Type(ConsultationStarted.class),
            @JsonSubTypes.Type(ConsultationEnded.class), @JsonSubTypes.Type(ReplyExtended.class), @JsonSubTypes.Type(ReplyDeferred.class),
            @JsonSubTypes.Type(FeeNoticeIssued.class), @JsonSubTypes.Type(FeePaid.class), @JsonSubTypes.Type(FeeWaived.class),
            @JsonSubTypes.Type(FeeLapsed.class),
            @JsonSubTypes.Type(ApplicationWithdrawn.class), @JsonSubTypes.Type(ApplicationAnswered.class)})
    sealed interface Step extends ApplicationRecord {
        LocalDate on();

        /** The same step of the given case: the staff API takes the case from its path. */
        Step of(ApplicationId id);

        ApplicationCommand command(ApplicationId id);

        @Override
        default Step forAgency(AgencyCode agency) {
            return of(Identifiers.of("application", application(), number -> ApplicationId.of(agency, number)));
        }

        @Override
        default Dispatch dispatch() {
            ApplicationId id = applicationId();
            return Dispatch.continuing(command(id), Stage.STEPS, id, on());
        }
    }

    /** 补正 asked, with the applicant's period: to {@code dueOn}, or {@code workingDays} working days (Art. 30). */
    @JsonTypeName("SupplementRequested")
    record SupplementRequested(@RequiredText String agency, @RequiredText String application, @NotNull LocalDate on, LocalDate dueOn,
                               Integer workingDays) implements Step {
        public Step of(ApplicationId id) {
            return new SupplementRequested(id.agency().value(), id.number(), on, dueOn, workingDays);
        }

        public ApplicationCommand command(ApplicationId id) {
            return new ApplicationCommand.RequestSupplement(id, on, dueOn, workingDays);
        }
    }

    @JsonTypeName("SupplementReceived")
    record SupplementReceived(@RequiredText String agency, @RequiredText String application, @NotNull LocalDate on) implements Step {
        public Step of(ApplicationId id) {
            return new SupplementReceived(id.agency().value(), id.number(), on);
        }

        public ApplicationCommand command(ApplicationId id) {
            return new ApplicationCommand.ReceiveSupplement(id, on);
        }
    }

    @JsonTypeName("SupplementLapsed")
    record SupplementLapsed(@RequiredText String agency, @RequiredText String application, @NotNull LocalDate on) implements Step {
        public Step of(ApplicationId id) {
            return new SupplementLapsed(id.agency().value(), id.number(), on);
        }

        public ApplicationCommand command(ApplicationId id) {
            return new ApplicationCommand.LapseSupplement(id, on);
        }
    }

    /** A request for opinion sent {@code on}; the party's 15 working days count from {@code partyReceivedOn} (default: that day). */
    @JsonTypeName("ConsultationStarted")
    record ConsultationStarted(@RequiredText String agency, @RequiredText String application, @NotNull LocalDate on,
                               @NotNull ConsultedParty party, LocalDate partyReceivedOn) implements Step {
        public Step of(ApplicationId id) {
            return new ConsultationStarted(id.agency().value(), id.number(), on, party, partyReceivedOn);
        }

        public ApplicationCommand command(ApplicationId id) {
            return new ApplicationCommand.StartConsultation(id, on, party, partyReceivedOn);
        }
    }

    @JsonTypeName("ConsultationEnded")
    record ConsultationEnded(@RequiredText String agency, @RequiredText String application, @NotNull LocalDate on) implements Step {
        public Step of(ApplicationId id) {
            return new ConsultationEnded(id.agency().value(), id.number(), on);
        }

        public ApplicationCommand command(ApplicationId id) {
            return new ApplicationCommand.EndConsultation(id, on);
        }
    }

    /** The reply period extended by {@code workingDays} (Art. 33 ¶2; the aggregate holds the statutory limit). */
    @JsonTypeName("ReplyExtended")
    record ReplyExtended(@RequiredText String agency, @RequiredText String application, @NotNull LocalDate on,
                         @NotNull Integer workingDays) implements Step {
        public Step of(ApplicationId id) {
            return new ReplyExtended(id.agency().value(), id.number(), on, workingDays);
        }

        public ApplicationCommand command(ApplicationId id) {
            return new ApplicationCommand.ExtendReply(id, on, workingDays);
        }
    }

    /** 延迟答复 (Art. 35): the reasonable period the agency set, to {@code dueOn} or {@code workingDays} working days. */
    @JsonTypeName("ReplyDeferred")
    record ReplyDeferred(@RequiredText String agency, @RequiredText String application, @NotNull LocalDate on, LocalDate dueOn,
                         Integer workingDays) implements Step {
        public Step of(ApplicationId id) {
            return new ReplyDeferred(id.agency().value(), id.number(), on, dueOn, workingDays);
        }

        public ApplicationCommand command(ApplicationId id) {
            return new ApplicationCommand.DeferReply(id, on, dueOn, workingDays);
        }
    }

    /**
     * A fee notice: with {@code basis} and {@code quantity} the fee is computed (and {@code amountYuan}, if given too,
     * must agree); without a basis {@code amountYuan} is recorded as given. The payment period: to {@code payBy}, or
     * {@code payWithinWorkingDays} working days (国办函〔2020〕109号).
     */
    @JsonTypeName("FeeNoticeIssued")
    record FeeNoticeIssued(@RequiredText String agency, @RequiredText String application, @NotNull LocalDate on,
                           @JsonDeserialize(using = MoneyReading.class) Yuan amountYuan, FeeBasis basis, Integer quantity,
                           LocalDate payBy, Integer payWithinWorkingDays) implements Step {
        public Step of(ApplicationId id) {
            return new FeeNoticeIssued(id.agency().value(), id.number(), on, amountYuan, basis, quantity, payBy, payWithinWorkingDays);
        }

        public ApplicationCommand command(ApplicationId id) {
            if (basis == null && amountYuan == null) {
                throw new InvalidField("amountYuan", "is missing");
            }
            return new ApplicationCommand.IssueFeeNotice(id, on, amountYuan, basis, quantity, payBy, payWithinWorkingDays);
        }
    }

    /** 减免: the unpaid fee reduced by {@code amountYuan} (all of it when absent) for {@code reason}. */
    @JsonTypeName("FeeWaived")
    record FeeWaived(@RequiredText String agency, @RequiredText String application, @NotNull LocalDate on,
                     @JsonDeserialize(using = MoneyReading.class) Yuan amountYuan, @NotNull FeeWaiverReason reason) implements Step {
        public Step of(ApplicationId id) {
            return new FeeWaived(id.agency().value(), id.number(), on, amountYuan, reason);
        }

        public ApplicationCommand command(ApplicationId id) {
            return new ApplicationCommand.WaiveFee(id, on, amountYuan, reason);
        }
    }

    @JsonTypeName("FeePaid")
    record FeePaid(@RequiredText String agency, @RequiredText String application, @NotNull LocalDate on) implements Step {
        public Step of(ApplicationId id) {
            return new FeePaid(id.agency().value(), id.number(), on);
        }

        public ApplicationCommand command(ApplicationId id) {
            return new ApplicationCommand.PayFee(id, on);
        }
    }

    @JsonTypeName("FeeLapsed")
    record FeeLapsed(@RequiredText String agency, @RequiredText String application, @NotNull LocalDate on) implements Step {
        public Step of(ApplicationId id) {
            return new FeeLapsed(id.agency().value(), id.number(), on);
        }

        public ApplicationCommand command(ApplicationId id) {
            return new ApplicationCommand.LapseFee(id, on);
        }
    }

    @JsonTypeName("ApplicationWithdrawn")
    record ApplicationWithdrawn(@RequiredText String agency, @RequiredText String application, @NotNull LocalDate on) implements Step {
        public Step of(ApplicationId id) {
            return new ApplicationWithdrawn(id.agency().value(), id.number(), on);
        }

        public ApplicationCommand command(ApplicationId id) {
            return new ApplicationCommand.WithdrawApplication(id, on);
        }
    }

    /** The answer and its result; which results an answer can give (not those of a lapse) is the aggregate's rule. */
    @JsonTypeName("ApplicationAnswered")
    record ApplicationAnswered(@RequiredText String agency, @RequiredText String application, @NotNull LocalDate on,
                               @NotNull ApplicationResult result) implements Step {
        public Step of(ApplicationId id) {
            return new ApplicationAnswered(id.agency().value(), id.number(), on, result);
        }

        public ApplicationCommand command(ApplicationId id) {
            return new ApplicationCommand.AnswerApplication(id, on, result);
        }
    }
}
