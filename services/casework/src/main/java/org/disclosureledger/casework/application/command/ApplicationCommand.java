package org.disclosureledger.casework.application.command;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.disclosureledger.kernel.application.ApplicantCategory;
import org.disclosureledger.kernel.application.ApplicationId;
import org.disclosureledger.kernel.application.ApplicationResult;
import org.disclosureledger.kernel.application.ConsultedParty;
import org.disclosureledger.kernel.application.FeeBasis;
import org.disclosureledger.kernel.application.FeeWaiverReason;
import org.disclosureledger.kernel.application.ReceiptChannel;
import org.disclosureledger.kernel.money.Yuan;

/** What staff record about a disclosure application; each names the case and the business date of the step. */
public sealed interface ApplicationCommand {
    ApplicationId applicationId();

    LocalDate on();

    record ReceiveApplication(@TargetAggregateIdentifier ApplicationId applicationId, LocalDate on,
                              ApplicantCategory applicantCategory, ReceiptChannel channel) implements ApplicationCommand {
    }

    /**
     * A supplement asked of the applicant (Art. 30) with the reasonable period it gives: to {@code supplementDueOn}, or
     * {@code supplementWorkingDays} working days from {@code on}; neither where the ledger did not record it.
     */
    record RequestSupplement(@TargetAggregateIdentifier ApplicationId applicationId, LocalDate on,
                             LocalDate supplementDueOn, Integer supplementWorkingDays) implements ApplicationCommand {
        public RequestSupplement(ApplicationId applicationId, LocalDate on, LocalDate supplementDueOn) {
            this(applicationId, on, supplementDueOn, null);
        }
    }

    record ReceiveSupplement(@TargetAggregateIdentifier ApplicationId applicationId, LocalDate on) implements ApplicationCommand {
    }

    record LapseSupplement(@TargetAggregateIdentifier ApplicationId applicationId, LocalDate on) implements ApplicationCommand {
    }

    /** A request for opinion sent on {@code on}, received by the party on {@code partyReceivedOn} (null: taken as that day). */
    record StartConsultation(@TargetAggregateIdentifier ApplicationId applicationId, LocalDate on,
                             ConsultedParty party, LocalDate partyReceivedOn) implements ApplicationCommand {
        public StartConsultation(ApplicationId applicationId, LocalDate on, ConsultedParty party) {
            this(applicationId, on, party, null);
        }
    }

    record EndConsultation(@TargetAggregateIdentifier ApplicationId applicationId, LocalDate on) implements ApplicationCommand {
    }

    record ExtendReply(@TargetAggregateIdentifier ApplicationId applicationId, LocalDate on,
                       int workingDays) implements ApplicationCommand {
    }

    /** 延迟答复 (Art. 35): the reply deferred to {@code dueOn}, or {@code workingDays} working days from {@code on}. */
    record DeferReply(@TargetAggregateIdentifier ApplicationId applicationId, LocalDate on, LocalDate dueOn,
                      Integer workingDays) implements ApplicationCommand {
    }

    /**
     * A fee notice: with {@code basis} and {@code quantity} (the application's number among the applicant's applications
     * of the month, or the pages) the system computes the amount, and {@code amount}, if given too, must agree; without
     * them {@code amount} is recorded as given (imports of older ledgers). The payment period the notice gives: to
     * {@code payBy}, or {@code payWithinWorkingDays} working days from {@code on}; neither where the ledger did not record it.
     */
    record IssueFeeNotice(@TargetAggregateIdentifier ApplicationId applicationId, LocalDate on,
                          Yuan amount, FeeBasis basis, Integer quantity, LocalDate payBy, Integer payWithinWorkingDays)
            implements ApplicationCommand {
        public IssueFeeNotice(ApplicationId applicationId, LocalDate on, Yuan amount) {
            this(applicationId, on, amount, null, null, null, null);
        }

        public IssueFeeNotice(ApplicationId applicationId, LocalDate on, Yuan amount, FeeBasis basis, Integer quantity) {
            this(applicationId, on, amount, basis, quantity, null, null);
        }
    }

    /** The agency reduces the unpaid fee by {@code amount} (null: all of it) or waives it (减免) for {@code reason}. */
    record WaiveFee(@TargetAggregateIdentifier ApplicationId applicationId, LocalDate on, Yuan amount,
                    FeeWaiverReason reason) implements ApplicationCommand {
    }

    record PayFee(@TargetAggregateIdentifier ApplicationId applicationId, LocalDate on) implements ApplicationCommand {
    }

    record LapseFee(@TargetAggregateIdentifier ApplicationId applicationId, LocalDate on) implements ApplicationCommand {
    }

    record WithdrawApplication(@TargetAggregateIdentifier ApplicationId applicationId, LocalDate on) implements ApplicationCommand {
    }

    /**
     * The official calendar changed (to {@code calendarVersion}, adopted {@code on}): count the case's open clocks
     * again and record those whose due date or count changed.
     */
    record RecomputeDeadlines(@TargetAggregateIdentifier ApplicationId applicationId, LocalDate on,
                              int calendarVersion) implements ApplicationCommand {
    }

    record AnswerApplication(@TargetAggregateIdentifier ApplicationId applicationId, LocalDate on,
                             ApplicationResult result) implements ApplicationCommand {
    }
}
