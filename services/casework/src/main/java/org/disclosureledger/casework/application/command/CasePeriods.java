package org.disclosureledger.casework.application.command;

import java.time.LocalDate;
import org.disclosureledger.kernel.application.ApplicationReceived;
import org.disclosureledger.kernel.application.ConsultationStarted;
import org.disclosureledger.kernel.application.FeeNoticeIssued;
import org.disclosureledger.kernel.application.ReplyDeferred;
import org.disclosureledger.kernel.application.SupplementRequested;
import org.disclosureledger.kernel.calendar.ClockStart;
import org.disclosureledger.kernel.calendar.Period;
import org.disclosureledger.kernel.calendar.StatutoryClock;

/**
 * The periods of a case as its events set them: the one place where the clock's inputs (the days periods start, how
 * long they last) are read from the recorded facts, for the case's decisions and its reply clock alike.
 */
final class CasePeriods {
    private CasePeriods() {
    }

    /** Art. 30: the last day to ask for a supplement, 7 working days from receipt. */
    static Period supplementNotice(ApplicationReceived received) {
        return supplementNotice(received.receivedOn());
    }

    static Period supplementNotice(LocalDate receivedOn) {
        return Period.statutory(receivedOn, ClockStart.RECEIVED, StatutoryClock.SUPPLEMENT_NOTICE);
    }

    /** Art. 30: the applicant's supplement period as the request gave it, or null where it gave none. */
    static Period supplementPeriod(SupplementRequested request) {
        return supplementPeriod(request.on(), request.supplementWorkingDays(), request.supplementDueOn());
    }

    static Period supplementPeriod(LocalDate requestedOn, Integer workingDays, LocalDate dueOn) {
        return workingDays == null && dueOn == null ? null
                : Period.set(requestedOn, ClockStart.SUPPLEMENT_REQUESTED, StatutoryClock.SUPPLEMENT_PERIOD, workingDays, dueOn);
    }

    /**
     * Art. 32, 34: the consulted party's 15 working days from its receipt of the request for opinion, or (not recorded)
     * from the day it was sent.
     */
    static Period opinion(ConsultationStarted consultation) {
        return opinion(consultation.on(), consultation.partyReceivedOn());
    }

    static Period opinion(LocalDate sentOn, LocalDate partyReceivedOn) {
        return partyReceivedOn == null ? Period.statutory(sentOn, ClockStart.REQUEST_FOR_OPINION_SENT, StatutoryClock.CONSULTATION_OPINION)
                : Period.statutory(partyReceivedOn, ClockStart.REQUEST_FOR_OPINION_RECEIVED, StatutoryClock.CONSULTATION_OPINION);
    }

    /** Art. 35: the reasonable period of a deferred reply, as the agency set it. */
    static Period deferral(ReplyDeferred deferral) {
        return deferral(deferral.on(), deferral.workingDays(), deferral.dueOn());
    }

    static Period deferral(LocalDate on, Integer workingDays, LocalDate dueOn) {
        return Period.set(on, ClockStart.REPLY_DEFERRED, StatutoryClock.REPLY, workingDays, dueOn);
    }

    /** 国办函〔2020〕109号: the payment period as the fee notice gave it, or null where it gave none. */
    static Period payment(FeeNoticeIssued notice) {
        return payment(notice.on(), notice.payWithinWorkingDays(), notice.payBy());
    }

    static Period payment(LocalDate noticeOn, Integer workingDays, LocalDate payBy) {
        return workingDays == null && payBy == null ? null
                : Period.set(noticeOn, ClockStart.FEE_NOTICE_ISSUED, StatutoryClock.PAYMENT_PERIOD, workingDays, payBy);
    }
}
