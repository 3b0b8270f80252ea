package org.disclosureledger.casework.application.read;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.disclosureledger.casework.platform.recording.CaseHistory;
import org.disclosureledger.kernel.application.ApplicantCategory;
import org.disclosureledger.kernel.application.ApplicationConcluded;
import org.disclosureledger.kernel.application.ApplicationId;
import org.disclosureledger.kernel.application.ApplicationReceived;
import org.disclosureledger.kernel.application.ApplicationResult;
import org.disclosureledger.kernel.application.ConsultationEnded;
import org.disclosureledger.kernel.application.ConsultationStarted;
import org.disclosureledger.kernel.application.DeadlineSet;
import org.disclosureledger.kernel.application.FeeLapsed;
import org.disclosureledger.kernel.application.FeeNoticeIssued;
import org.disclosureledger.kernel.application.FeePaid;
import org.disclosureledger.kernel.application.FeeWaived;
import org.disclosureledger.kernel.application.ReceiptChannel;
import org.disclosureledger.kernel.application.ReplyDeadlineSet;
import org.disclosureledger.kernel.application.ReplyExtended;
import org.disclosureledger.kernel.application.ReplyOverdue;
import org.disclosureledger.kernel.application.SupplementLapsed;
import org.disclosureledger.kernel.application.SupplementReceived;
import org.disclosureledger.kernel.application.SupplementRequested;
import org.disclosureledger.kernel.calendar.DueDate;
import org.disclosureledger.kernel.calendar.ReckoningStep;
import org.disclosureledger.kernel.calendar.ReckoningText;
import org.disclosureledger.kernel.calendar.StatutoryClock;
import org.disclosureledger.kernel.calendar.WorkingDayCalendar;

/**
 * An application's current state, folded from its history: what staff see of a case. Besides the reply due date,
 * {@code otherDeadlines} are the open limits (the last day to ask for a supplement, a consulted party's opinion) and
 * {@code replyOverdueOn} the day the statutory clock recorded the reply overdue, if it did. {@code openLimits} are the
 * dates that bring an open case back to staff ({@link OpenLimits}), {@code nextDue} the earliest of them, and
 * {@code periodsOver} those of the periods it waits on (the applicant's supplement period, the payment period, the
 * consulted party's 15 working days) that ended before {@code today}: "supplement period over" from the day after.
 */
public record ApplicationCaseView(String agency, String application, Status status, LocalDate receivedOn,
                                  ApplicantCategory applicantCategory, ReceiptChannel channel, LocalDate replyDueOn,
                                  DueDate replyDue, List<String> replyDueExplanation, List<ReckoningStep> replyDueReckoning,
                                  Integer extendedByWorkingDays, ApplicationResult result, String resultLabel, LocalDate concludedOn,
                                  Boolean concludedLate, List<Deadline> otherDeadlines, LocalDate replyOverdueOn,
                                  List<OpenLimits.Limit> openLimits, OpenLimits.Limit nextDue, List<OpenLimits.Limit> periodsOver,
                                  List<CaseHistory.Entry> history) {

    /** One open limit other than the reply, as its latest {@link DeadlineSet} left it, with its count in words. */
    public record Deadline(String applicationId, LocalDate on, StatutoryClock clock, DueDate due, List<String> explanation,
                           List<ReckoningStep> reckoning) {
        static Deadline of(DeadlineSet set) {
            return new Deadline(set.applicationId().toString(), set.on(), set.clock(), set.due(), ReckoningText.lines(set.reckoning(), set.due()),
                    set.reckoning());
        }
    }

    public enum Status {
        OPEN, AWAITING_SUPPLEMENT, IN_CONSULTATION, AWAITING_FEE_PAYMENT, CONCLUDED;

        /** An open case waits on the applicant first, then on a consulted party, then on a fee; else it is open. */
        public static Status of(boolean concluded, boolean awaitingSupplement, boolean consulting, boolean feeUnpaid) {
            if (concluded) {
                return CONCLUDED;
            }
            if (awaitingSupplement) {
                return AWAITING_SUPPLEMENT;
            }
            if (consulting) {
                return IN_CONSULTATION;
            }
            return feeUnpaid ? AWAITING_FEE_PAYMENT : OPEN;
        }
    }

    public static ApplicationCaseView of(ApplicationId id, List<CaseHistory.Entry> history, OpenLimits limits, WorkingDayCalendar calendar,
                                         LocalDate today) {
        Fold fold = new Fold();
        history.forEach(entry -> fold.apply(entry.event()));
        List<OpenLimits.Limit> open = fold.conclusion != null ? List.of() : limits.of(fold.waiting(), calendar);
        return new ApplicationCaseView(id.agency().value(), id.number(), fold.status(), fold.receipt.receivedOn(),
                fold.receipt.applicantCategory(), fold.receipt.channel(), fold.due == null ? null : fold.due.due() == null ? null : fold.due.due().on(),
                fold.due == null ? null : fold.due.due(), fold.due == null ? List.of() : ReckoningText.lines(fold.due.reckoning(), fold.due.due()),
                fold.due == null ? List.of() : fold.due.reckoning(), fold.extendedBy,
                fold.conclusion == null ? null : fold.conclusion.result(),
                fold.conclusion == null ? null : fold.conclusion.result().label(),
                fold.conclusion == null ? null : fold.conclusion.on(),
                fold.conclusion == null ? null : fold.conclusion.late(), fold.deadlines.values().stream().map(Deadline::of).toList(),
                fold.overdue == null ? null : fold.overdue.on(), open, open.isEmpty() ? null : open.get(0),
                open.stream().filter(limit -> limit.limit() != StatutoryClock.REPLY && limit.on().isBefore(today)).toList(), history);
    }

    private static final class Fold {
        ApplicationReceived receipt;
        ReplyDeadlineSet due;
        ApplicationConcluded conclusion;
        Integer extendedBy;
        boolean awaitingSupplement;
        boolean consulting;
        boolean feeUnpaid;
        LocalDate supplementRequestedOn;
        LocalDate supplementDueOn;
        LocalDate feeNoticedOn;
        LocalDate paymentDueOn;
        final Map<StatutoryClock, DeadlineSet> deadlines = new EnumMap<>(StatutoryClock.class);
        ReplyOverdue overdue;

        OpenLimits.Waiting waiting() {
            DeadlineSet consultation = consulting ? deadlines.get(StatutoryClock.CONSULTATION_OPINION) : null;
            return new OpenLimits.Waiting(due == null || due.due() == null ? null : due.due().on(),
                    awaitingSupplement ? supplementRequestedOn : null, supplementDueOn,
                    consultation == null ? null : consultation.due().on(), feeUnpaid ? feeNoticedOn : null, paymentDueOn);
        }

        void apply(Object event) {
            if (event instanceof ApplicationReceived e) {
                receipt = e;
            } else if (event instanceof DeadlineSet e) {
                deadlines.put(e.clock(), e);
                if (e.clock() == StatutoryClock.SUPPLEMENT_PERIOD) {
                    supplementDueOn = e.due().on();
                } else if (e.clock() == StatutoryClock.PAYMENT_PERIOD) {
                    paymentDueOn = e.due().on();
                }
            } else if (event instanceof ReplyOverdue e) {
                overdue = e;
            } else if (event instanceof SupplementRequested e) {
                awaitingSupplement = true;
                supplementRequestedOn = e.on();
                supplementDueOn = e.supplementDueOn();
                deadlines.remove(StatutoryClock.SUPPLEMENT_NOTICE);
            } else if (event instanceof SupplementReceived || event instanceof SupplementLapsed) {
                awaitingSupplement = false;
                deadlines.remove(StatutoryClock.SUPPLEMENT_PERIOD);
            } else if (event instanceof ConsultationStarted) {
                consulting = true;
            } else if (event instanceof ConsultationEnded) {
                consulting = false;
                deadlines.remove(StatutoryClock.CONSULTATION_OPINION);
            } else if (event instanceof FeeNoticeIssued e) {
                feeUnpaid = true;
                feeNoticedOn = e.on();
                paymentDueOn = e.payBy();
            } else if (event instanceof FeePaid || event instanceof FeeLapsed
                    || event instanceof FeeWaived e && e.remaining().amount().signum() == 0) {
                feeUnpaid = false;
                deadlines.remove(StatutoryClock.PAYMENT_PERIOD);
            } else if (event instanceof ReplyExtended e) {
                extendedBy = e.workingDays();
            } else if (event instanceof ReplyDeadlineSet e) {
                due = e;
            } else if (event instanceof ApplicationConcluded e) {
                conclusion = e;
                deadlines.clear();
            }
        }

        Status status() {
            return Status.of(conclusion != null, awaitingSupplement, consulting, feeUnpaid);
        }
    }
}
