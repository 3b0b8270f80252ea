package org.disclosureledger.casework.application;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.disclosureledger.kernel.application.ApplicantCategory;
import org.disclosureledger.kernel.application.ApplicationId;
import org.disclosureledger.kernel.application.ApplicationResult;
import org.disclosureledger.kernel.application.ConsultedParty;
import org.disclosureledger.kernel.application.ReceiptChannel;
import org.disclosureledger.kernel.money.Yuan;

/** What staff record about a disclosure application; each names the case and the business date of the step. */
public sealed interface ApplicationCommand {
    ApplicationId applicationId();

    LocalDate on();

    record ReceiveApplication(@TargetAggregateIdentifier ApplicationId applicationId, LocalDate on,
                              ApplicantCategory applicantCategory, ReceiptChannel channel) implements ApplicationCommand {
    }

    record RequestSupplement(@TargetAggregateIdentifier ApplicationId applicationId, LocalDate on,
                             LocalDate supplementDueOn) implements ApplicationCommand {
    }

    record ReceiveSupplement(@TargetAggregateIdentifier ApplicationId applicationId, LocalDate on) implements ApplicationCommand {
    }

    record LapseSupplement(@TargetAggregateIdentifier ApplicationId applicationId, LocalDate on) implements ApplicationCommand {
    }

    record StartConsultation(@TargetAggregateIdentifier ApplicationId applicationId, LocalDate on,
                             ConsultedParty party) implements ApplicationCommand {
    }

    record EndConsultation(@TargetAggregateIdentifier ApplicationId applicationId, LocalDate on) implements ApplicationCommand {
    }

    record ExtendReply(@TargetAggregateIdentifier ApplicationId applicationId, LocalDate on,
                       int workingDays) implements ApplicationCommand {
    }

    record IssueFeeNotice(@TargetAggregateIdentifier ApplicationId applicationId, LocalDate on,
                          Yuan amount) implements ApplicationCommand {
    }

    record PayFee(@TargetAggregateIdentifier ApplicationId applicationId, LocalDate on) implements ApplicationCommand {
    }

    record LapseFee(@TargetAggregateIdentifier ApplicationId applicationId, LocalDate on) implements ApplicationCommand {
    }

    record WithdrawApplication(@TargetAggregateIdentifier ApplicationId applicationId, LocalDate on) implements ApplicationCommand {
    }

    record AnswerApplication(@TargetAggregateIdentifier ApplicationId applicationId, LocalDate on,
                             ApplicationResult result) implements ApplicationCommand {
    }
}
