package org.disclosureledger.casework.application.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.disclosureledger.casework.platform.axon.ImportAggregateCache;
import org.disclosureledger.casework.agency.command.RegisteredAgencies;
import org.disclosureledger.casework.application.command.ApplicationCommand.AnswerApplication;
import org.disclosureledger.casework.application.command.ApplicationCommand.DeferReply;
import org.disclosureledger.casework.application.command.ApplicationCommand.EndConsultation;
import org.disclosureledger.casework.application.command.ApplicationCommand.ExtendReply;
import org.disclosureledger.casework.application.command.ApplicationCommand.IssueFeeNotice;
import org.disclosureledger.casework.application.command.ApplicationCommand.LapseFee;
import org.disclosureledger.casework.application.command.ApplicationCommand.LapseSupplement;
import org.disclosureledger.casework.application.command.ApplicationCommand.PayFee;
import org.disclosureledger.casework.application.command.ApplicationCommand.ReceiveApplication;
import org.disclosureledger.casework.application.command.ApplicationCommand.RecomputeDeadlines;
import org.disclosureledger.casework.application.command.ApplicationCommand.ReceiveSupplement;
import org.disclosureledger.casework.application.command.ApplicationCommand.RequestSupplement;
import org.disclosureledger.casework.application.command.ApplicationCommand.StartConsultation;
import org.disclosureledger.casework.application.command.ApplicationCommand.WaiveFee;
import org.disclosureledger.casework.application.command.ApplicationCommand.WithdrawApplication;
import org.disclosureledger.casework.calendar.command.WorkingDayCalendars;
import org.disclosureledger.casework.fees.ProcessingFeeSchedule;
import org.disclosureledger.casework.platform.recording.Recording;
import org.disclosureledger.casework.platform.problems.Refusal;
import org.disclosureledger.casework.platform.problems.Refusal.Reason;
import org.disclosureledger.casework.platform.recording.StepDates;
import org.disclosureledger.kernel.application.ApplicationAnswered;
import org.disclosureledger.kernel.application.ApplicationConcluded;
import org.disclosureledger.kernel.application.ApplicationId;
import org.disclosureledger.kernel.application.ApplicationReceived;
import org.disclosureledger.kernel.application.ApplicationResult;
import org.disclosureledger.kernel.application.ApplicationWithdrawn;
import org.disclosureledger.kernel.application.ConsultationEnded;
import org.disclosureledger.kernel.application.ConsultationOverdue;
import org.disclosureledger.kernel.application.ConsultationStarted;
import org.disclosureledger.kernel.application.DeadlineSet;
import org.disclosureledger.kernel.application.FeeComputation;
import org.disclosureledger.kernel.application.FeeLapsed;
import org.disclosureledger.kernel.application.FeeNoticeIssued;
import org.disclosureledger.kernel.application.FeePaid;
import org.disclosureledger.kernel.application.FeeWaived;
import org.disclosureledger.kernel.application.ReplyDeadlineSet;
import org.disclosureledger.kernel.application.ReplyDeferred;
import org.disclosureledger.kernel.application.ReplyExtended;
import org.disclosureledger.kernel.application.ReplyOverdue;
import org.disclosureledger.kernel.application.SupplementLapsed;
import org.disclosureledger.kernel.application.SupplementReceived;
import org.disclosureledger.kernel.application.SupplementRequested;
import org.disclosureledger.kernel.calendar.ClockPause;
import org.disclosureledger.kernel.calendar.ClockStart;
import org.disclosureledger.kernel.calendar.DueDate;
import org.disclosureledger.kernel.calendar.Period;
import org.disclosureledger.kernel.calendar.Reckoning;
import org.disclosureledger.kernel.calendar.StatutoryClock;
import org.disclosureledger.kernel.calendar.WorkingDayCalendar;
import org.disclosureledger.kernel.money.Yuan;

/**
 * One disclosure application (政府信息公开申请) from receipt to its one conclusion. It holds only what its
 * decisions need; its state changes only in the event-sourcing handlers. Steps that break a statutory limit are
 * recorded and flagged late; steps that cannot have happened are refused and append nothing. Every clock is counted
 * here from the case's own events and recorded with its calendar version and its count: the reply
 * ({@link ReplyDeadlineSet}), the supplement notice and the consultation opinion ({@link DeadlineSet}). A clock that runs
 * out is recorded by its deadline ({@link ReplyOverdue}, {@link ConsultationOverdue}); a new calendar recounts them all.
 */
@Aggregate(cache = ImportAggregateCache.NAME)
public class ApplicationCase {
    static final int SUPPLEMENT_NOTICE_WORKING_DAYS = StatutoryClock.SUPPLEMENT_NOTICE.workingDays();
    static final int MAX_EXTENSION_WORKING_DAYS = 20;

    @AggregateIdentifier
    private ApplicationId applicationId;
    private LocalDate receivedOn;
    private LocalDate lastStepOn;
    private ApplicationReceived receipt;
    private boolean concluded;
    private boolean supplementRequested;
    private LocalDate supplementRequestedOn;
    private boolean awaitingSupplement;
    private boolean supplementReceived;
    private Period supplementPeriod;
    private boolean consulting;
    private boolean extended;
    private boolean feeNoticed;
    private Yuan feeUnpaid;
    private Period paymentPeriod;
    private ReplyClock clock;
    private ReplyDeadlineSet replyDeadline;
    private DeadlineSet supplementNoticeDeadline;
    private DeadlineSet supplementPeriodDeadline;
    private DeadlineSet paymentPeriodDeadline;
    private Period consultationOpinion;
    private boolean deferred;
    private DeadlineSet consultationDeadline;
    private LocalDate replyOverdueFor;
    private LocalDate consultationOverdueFor;

    protected ApplicationCase() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(ReceiveApplication command, MetaData metaData, RegisteredAgencies agencies, WorkingDayCalendars calendars) {
        Recording recording = Recording.from(metaData);
        ApplicationReceived received = new ApplicationReceived(command.applicationId(), command.on(),
                command.applicantCategory(), command.channel());
        if (applicationId != null) {
            throw new Refusal(Reason.CASE_ALREADY_EXISTS, "application", "application " + applicationId
                    + " was already received on " + receivedOn + (received.equals(receipt) ? " with the same particulars" : ""));
        }
        agencies.requireRegistered(command.applicationId().agency());
        StepDates.requireNotInFuture(command.on(), recording, "receivedOn");
        if (command.applicantCategory() == null) {
            throw new Refusal(Reason.INVALID_VALUE, "applicantCategory", "applicantCategory is missing");
        }
        if (command.channel() == null) {
            throw new Refusal(Reason.INVALID_VALUE, "channel", "channel is missing");
        }
        apply(received);
        WorkingDayCalendar calendar = calendars.current();
        setDeadline(command.on(), calendar);
        apply(deadline(command.on(), CasePeriods.supplementNotice(command.on()), calendar));
    }

    @CommandHandler
    public void handle(RequestSupplement command, MetaData metaData, WorkingDayCalendars calendars) {
        requireOpenAndInOrder(command, metaData);
        if (supplementRequested) {
            throw new Refusal(Reason.ALREADY_DONE_ONCE, "type", "a supplement was already requested: Art. 30 allows one request, "
                    + "naming everything to be supplemented at once");
        }
        requirePeriod(command.on(), command.supplementDueOn(), "dueOn", command.supplementWorkingDays(), "workingDays",
                "the applicant's supplement period (Art. 30)", "the request");
        WorkingDayCalendar calendar = calendars.current();
        DueDate noticeDue = calendar.workingDaysAfter(receivedOn, SUPPLEMENT_NOTICE_WORKING_DAYS);
        apply(new SupplementRequested(applicationId, command.on(), command.supplementDueOn(), command.supplementWorkingDays(), noticeDue,
                noticeDue.isMissedBy(command.on())));
        setDeadline(command.on(), calendar);
        Period period = CasePeriods.supplementPeriod(command.on(), command.supplementWorkingDays(), command.supplementDueOn());
        if (period != null) {
            apply(deadline(command.on(), period, calendar));
        }
    }

    @CommandHandler
    public void handle(ReceiveSupplement command, MetaData metaData, WorkingDayCalendars calendars) {
        requireOpenAndInOrder(command, metaData);
        requireAwaitingSupplement("a supplement to be received");
        apply(new SupplementReceived(applicationId, command.on()));
        setDeadline(command.on(), calendars.current());
    }

    /**
     * The applicant let the period pass (Art. 30: deemed to abandon the application). Where the request recorded its
     * period, a lapse dated before the period is over cannot have happened; where it did not, the lapse stands as recorded.
     */
    @CommandHandler
    public void handle(LapseSupplement command, MetaData metaData, WorkingDayCalendars calendars) {
        requireOpenAndInOrder(command, metaData);
        requireAwaitingSupplement("the supplement period to lapse");
        requirePeriodOver(command.on(), supplementPeriod, calendars.current(), "the applicant's supplement period (Art. 30) given on "
                + supplementRequestedOn, "the supplement");
        apply(new SupplementLapsed(applicationId, command.on()));
        conclude(command.on(), ApplicationResult.OTHER_NO_SUPPLEMENT, null);
    }

    @CommandHandler
    public void handle(StartConsultation command, MetaData metaData, WorkingDayCalendars calendars) {
        requireOpenAndInOrder(command, metaData);
        if (command.party() == null) {
            throw new Refusal(Reason.INVALID_VALUE, "party", "party is missing");
        }
        if (consulting) {
            throw new Refusal(Reason.STEP_NOT_POSSIBLE, "type", "a consultation is already under way; end it first");
        }
        if (command.partyReceivedOn() != null) {
            StepDates.requireNotInFuture(command.partyReceivedOn(), Recording.from(metaData), "partyReceivedOn");
            StepDates.requireNotBefore(command.partyReceivedOn(), command.on(), "the request for opinion sent", "partyReceivedOn");
        }
        WorkingDayCalendar calendar = calendars.current();
        Period opinion = CasePeriods.opinion(command.on(), command.partyReceivedOn());
        apply(new ConsultationStarted(applicationId, command.on(), command.party(), command.partyReceivedOn(), opinion.reckon(calendar).due()));
        setDeadline(command.on(), calendar);
        apply(deadline(command.on(), opinion, calendar));
    }

    @CommandHandler
    public void handle(EndConsultation command, MetaData metaData, WorkingDayCalendars calendars) {
        requireOpenAndInOrder(command, metaData);
        if (!consulting) {
            throw new Refusal(Reason.STEP_NOT_POSSIBLE, "type", "no consultation is under way to end");
        }
        apply(new ConsultationEnded(applicationId, command.on()));
        setDeadline(command.on(), calendars.current());
    }

    @CommandHandler
    public void handle(ExtendReply command, MetaData metaData, WorkingDayCalendars calendars) {
        requireOpenAndInOrder(command, metaData);
        if (command.workingDays() < 1 || command.workingDays() > MAX_EXTENSION_WORKING_DAYS) {
            throw new Refusal(Reason.INVALID_VALUE, "workingDays", "workingDays must be 1 to "
                    + MAX_EXTENSION_WORKING_DAYS + " (Art. 33 ¶2): " + command.workingDays());
        }
        if (extended) {
            throw new Refusal(Reason.ALREADY_DONE_ONCE, "type", "the reply period was already extended: Art. 33 allows one extension");
        }
        WorkingDayCalendar calendar = calendars.current();
        DueDate due = clock.due(calendar);
        apply(new ReplyExtended(applicationId, command.on(), command.workingDays(), due != null && due.isMissedBy(command.on())));
        setDeadline(command.on(), calendar);
    }

    /**
     * 延迟答复 (Art. 35): once, with the reasonable period the agency set, which must end after the period of Art. 33 (else
     * it defers nothing); late when decided after the reply was already due. The reply is then due at its end, or at the
     * end of the period of Art. 33 where a later step (an extension, a pause) carries that further.
     */
    @CommandHandler
    public void handle(DeferReply command, MetaData metaData, WorkingDayCalendars calendars) {
        requireOpenAndInOrder(command, metaData);
        if (deferred) {
            throw new Refusal(Reason.ALREADY_DONE_ONCE, "type", "the reply was already deferred (Art. 35)");
        }
        if (command.dueOn() == null && command.workingDays() == null) {
            throw new Refusal(Reason.INVALID_VALUE, "dueOn", "a deferred reply needs the reasonable period the agency set (Art. 35): "
                    + "dueOn or workingDays");
        }
        requirePeriod(command.on(), command.dueOn(), "dueOn", command.workingDays(), "workingDays",
                "the reasonable period of a deferred reply (Art. 35)", "the deferral");
        WorkingDayCalendar calendar = calendars.current();
        DueDate due = clock.due(calendar);
        DueDate deferredTo = CasePeriods.deferral(command.on(), command.workingDays(), command.dueOn()).reckon(calendar).due();
        if (due != null && !deferredTo.on().isAfter(due.on())) {
            throw new Refusal(Reason.INVALID_VALUE, command.dueOn() != null ? "dueOn" : "workingDays", "Art. 35 defers the reply beyond "
                    + "the period of Art. 33, due " + due.on() + ": the deferral to " + deferredTo.on() + " is not later");
        }
        apply(new ReplyDeferred(applicationId, command.on(), command.dueOn(), command.workingDays(), due != null && due.isMissedBy(command.on())));
        setDeadline(command.on(), calendar);
    }

    @CommandHandler
    public void handle(IssueFeeNotice command, MetaData metaData, WorkingDayCalendars calendars) {
        requireOpenAndInOrder(command, metaData);
        FeeComputation computation = feeComputation(command);
        Yuan amount = computation == null ? command.amount() : computation.amount();
        if (amount == null || amount.amount().signum() == 0) {
            throw new Refusal(Reason.INVALID_VALUE, computation == null ? "amountYuan" : "quantity", "a fee notice needs an amount above zero"
                    + (computation == null ? "" : ": " + String.join("; ", computation.lines()) + " (nothing to charge)"));
        }
        if (feeNoticed) {
            throw new Refusal(Reason.ALREADY_DONE_ONCE, "type", "a fee notice was already issued for this application");
        }
        requirePeriod(command.on(), command.payBy(), "payBy", command.payWithinWorkingDays(), "payWithinWorkingDays",
                "the payment period (国办函〔2020〕109号)", "the notice");
        WorkingDayCalendar calendar = calendars.current();
        apply(new FeeNoticeIssued(applicationId, command.on(), amount, computation, command.payBy(), command.payWithinWorkingDays()));
        setDeadline(command.on(), calendar);
        Period period = CasePeriods.payment(command.on(), command.payWithinWorkingDays(), command.payBy());
        if (period != null) {
            apply(deadline(command.on(), period, calendar));
        }
    }

    @CommandHandler
    public void handle(PayFee command, MetaData metaData, WorkingDayCalendars calendars) {
        requireOpenAndInOrder(command, metaData);
        requireFeeOutstanding("a fee to be paid");
        apply(new FeePaid(applicationId, command.on(), feeUnpaid));
        setDeadline(command.on(), calendars.current());
    }

    /** 减免: part of the unpaid fee, or all of it (the clock then runs again, as after a payment), for a reason of its own. */
    @CommandHandler
    public void handle(WaiveFee command, MetaData metaData, WorkingDayCalendars calendars) {
        requireOpenAndInOrder(command, metaData);
        requireFeeOutstanding("a fee to be waived");
        if (command.reason() == null) {
            throw new Refusal(Reason.INVALID_VALUE, "reason", "reason is missing: why the fee is reduced or waived");
        }
        Yuan waived = command.amount() == null ? feeUnpaid : command.amount();
        if (waived.amount().signum() <= 0) {
            throw new Refusal(Reason.INVALID_VALUE, "amountYuan", "a waiver needs an amount above zero: " + waived);
        }
        if (waived.compareTo(feeUnpaid) > 0) {
            throw new Refusal(Reason.INVALID_VALUE, "amountYuan", "amountYuan " + waived + " is more than the " + feeUnpaid
                    + " still unpaid of the fee notice");
        }
        Yuan remaining = feeUnpaid.minus(waived);
        apply(new FeeWaived(applicationId, command.on(), waived, remaining, command.reason()));
        if (remaining.amount().signum() == 0) {
            setDeadline(command.on(), calendars.current());
        }
    }

    /**
     * The fee was not paid in time (the application is deemed abandoned). Where the notice recorded its payment period, a
     * lapse dated before the period is over cannot have happened; where it did not, the lapse stands as recorded.
     */
    @CommandHandler
    public void handle(LapseFee command, MetaData metaData, WorkingDayCalendars calendars) {
        requireOpenAndInOrder(command, metaData);
        requireFeeOutstanding("the payment period to lapse");
        requirePeriodOver(command.on(), paymentPeriod, calendars.current(), "the payment period (国办函〔2020〕109号) of the fee notice",
                "the payment");
        apply(new FeeLapsed(applicationId, command.on()));
        conclude(command.on(), ApplicationResult.OTHER_FEE_UNPAID, null);
    }

    @CommandHandler
    public void handle(WithdrawApplication command, MetaData metaData) {
        requireOpenAndInOrder(command, metaData);
        apply(new ApplicationWithdrawn(applicationId, command.on()));
        conclude(command.on(), ApplicationResult.OTHER, null);
    }

    @CommandHandler
    public void handle(AnswerApplication command, MetaData metaData, WorkingDayCalendars calendars) {
        requireOpenAndInOrder(command, metaData);
        if (command.result() == null) {
            throw new Refusal(Reason.INVALID_VALUE, "result", "result is missing");
        }
        if (!command.result().givenByAnswer()) {
            throw new Refusal(Reason.INVALID_VALUE, "result", "result " + command.result()
                    + " follows only from a lapse (SupplementLapsed, FeeLapsed), never from an answer");
        }
        if (command.result() == ApplicationResult.UNAVAILABLE_UNCLEAR_AFTER_SUPPLEMENT && !supplementReceived) {
            throw new Refusal(Reason.STEP_NOT_POSSIBLE, "result", "UNAVAILABLE_UNCLEAR_AFTER_SUPPLEMENT (补正后申请内容仍不明确) answers an "
                    + "application still unclear once its supplement came in, and " + (supplementRequested
                    ? "the supplement requested on " + supplementRequestedOn + " has not been received (Art. 30)"
                    : "no supplement was requested for this application (Art. 30)"));
        }
        apply(new ApplicationAnswered(applicationId, command.on(), command.result()));
        // In time or late against the clock as the answer leaves it: a pause still open ends that day, or where its period ended.
        conclude(command.on(), command.result(), clock.concludedOn(command.on()).due(calendars.current()));
    }

    /**
     * Counts the open clocks again with the calendar in force and records each whose due date or count changed, naming
     * the new calendar version. A concluded case has no open clock: nothing to do.
     */
    @CommandHandler
    public void handle(RecomputeDeadlines command, WorkingDayCalendars calendars) {
        if (concluded) {
            return;
        }
        WorkingDayCalendar calendar = calendars.current();
        Reckoning reply = clock.reckon(calendar);
        if (!reply.sameAs(new Reckoning(replyDeadline.due(), replyDeadline.reckoning()))) {
            apply(new ReplyDeadlineSet(applicationId, command.on(), reply.due(), reply.steps()));
        }
        if (!supplementRequested && supplementNoticeDeadline != null) {
            recount(command.on(), supplementNoticeDeadline, CasePeriods.supplementNotice(receivedOn), calendar);
        }
        if (awaitingSupplement && supplementPeriodDeadline != null) {
            recount(command.on(), supplementPeriodDeadline, supplementPeriod, calendar);
        }
        if (consulting && consultationDeadline != null) {
            recount(command.on(), consultationDeadline, consultationOpinion, calendar);
        }
        if (feeUnpaid != null && paymentPeriodDeadline != null) {
            recount(command.on(), paymentPeriodDeadline, paymentPeriod, calendar);
        }
    }

    /** Records the period again only where its count changed (compared as data: a new calendar version alone is no change). */
    private void recount(LocalDate on, DeadlineSet recorded, Period period, WorkingDayCalendar calendar) {
        Reckoning now = period.reckon(calendar);
        if (!now.sameAs(new Reckoning(recorded.due(), recorded.reckoning()))) {
            apply(new DeadlineSet(applicationId, on, period.clock(), now.due(), now.steps()));
        }
    }

    /**
     * A period the agency gives in its step: a date (not before the step) or a number of working days (at least 1),
     * not both; or neither, where the ledger did not record it.
     */
    private static void requirePeriod(LocalDate on, LocalDate endsOn, String dateField, Integer workingDays, String daysField,
                                      String period, String step) {
        if (endsOn != null && workingDays != null) {
            throw new Refusal(Reason.INVALID_VALUE, daysField, period + " is given either as " + dateField + " or as " + daysField
                    + ", not both");
        }
        if (workingDays != null && workingDays < 1) {
            throw new Refusal(Reason.INVALID_VALUE, daysField, daysField + " must be at least 1: " + workingDays);
        }
        if (endsOn != null) {
            StepDates.requireNotBefore(endsOn, on, step, dateField);
        }
    }

    /** A lapse is possible only once its known period is over: from the day after it ends. */
    private static void requirePeriodOver(LocalDate on, Period period, WorkingDayCalendar calendar, String which, String awaited) {
        if (period == null) {
            return;
        }
        LocalDate ends = period.reckon(calendar).due().on();
        if (!on.isAfter(ends)) {
            throw new Refusal(Reason.STEP_NOT_POSSIBLE, "on", which + " ends on " + ends + ": " + awaited
                    + " could still come in on " + on + ", so no lapse can be dated before " + ends.plusDays(1));
        }
    }

    /** The reply period ran out: recorded dated the first day after the due date, if the due date still stands. */
    @DeadlineHandler(deadlineName = OverdueCheck.REPLY)
    void replyOverdue(OverdueCheck check) {
        DueDate due = replyDeadline == null ? null : replyDeadline.due();
        if (concluded || due == null || !due.on().equals(check.dueOn()) || check.dueOn().equals(replyOverdueFor)) {
            return;
        }
        apply(new ReplyOverdue(applicationId, check.dueOn().plusDays(1), check.dueOn(), due.calendarVersion()));
    }

    /**
     * The consulted party's period ran out with the consultation still open: the pause ended there by itself. The reply's
     * count is recorded again where it differs from the one recorded (a case recorded by an earlier version kept its
     * clock stopped for the whole consultation), dated the day after, as the overdue event is.
     */
    @DeadlineHandler(deadlineName = OverdueCheck.CONSULTATION_OPINION)
    void consultationOverdue(OverdueCheck check, WorkingDayCalendars calendars) {
        DueDate due = consultationDeadline == null ? null : consultationDeadline.due();
        if (concluded || !consulting || due == null || !due.on().equals(check.dueOn()) || check.dueOn().equals(consultationOverdueFor)) {
            return;
        }
        apply(new ConsultationOverdue(applicationId, check.dueOn().plusDays(1), check.dueOn(), due.calendarVersion()));
        Reckoning reply = clock.reckon(calendars.current());
        if (!reply.sameAs(new Reckoning(replyDeadline.due(), replyDeadline.reckoning()))) {
            apply(new ReplyDeadlineSet(applicationId, check.dueOn().plusDays(1), reply.due(), reply.steps()));
        }
    }

    private DeadlineSet deadline(LocalDate on, Period period, WorkingDayCalendar calendar) {
        Reckoning reckoning = period.reckon(calendar);
        return new DeadlineSet(applicationId, on, period.clock(), reckoning.due(), reckoning.steps());
    }

    private static FeeComputation feeComputation(IssueFeeNotice command) {
        if (command.basis() == null) {
            if (command.quantity() != null) {
                throw new Refusal(Reason.INVALID_VALUE, "basis", "basis is missing: PER_APPLICATION or PER_VOLUME says what the quantity counts");
            }
            return null;
        }
        if (command.quantity() == null) {
            throw new Refusal(Reason.INVALID_VALUE, "quantity", "quantity is missing: the application's number in the applicant's month, or the pages");
        }
        FeeComputation computation;
        try {
            computation = ProcessingFeeSchedule.forOneApplication(command.basis(), command.quantity());
        } catch (IllegalArgumentException e) {
            throw new Refusal(Reason.INVALID_VALUE, "quantity", e.getMessage());
        }
        if (command.amount() != null && command.amount().compareTo(computation.amount()) != 0) {
            throw new Refusal(Reason.INVALID_VALUE, "amountYuan", "amountYuan " + command.amount() + " differs from the computed fee "
                    + computation.amount() + " (" + String.join("; ", computation.lines()) + "); omit amountYuan or correct it");
        }
        return computation;
    }

    private void conclude(LocalDate on, ApplicationResult result, DueDate replyDue) {
        apply(new ApplicationConcluded(applicationId, on, result, replyDue == null ? null : replyDue.on(),
                replyDue != null && replyDue.isMissedBy(on)));
    }

    private void setDeadline(LocalDate on, WorkingDayCalendar calendar) {
        Reckoning reply = clock.reckon(calendar);
        apply(new ReplyDeadlineSet(applicationId, on, reply.due(), reply.steps()));
    }

    private void requireOpenAndInOrder(ApplicationCommand command, MetaData metaData) {
        if (concluded) {
            throw new Refusal(Reason.CASE_CONCLUDED, "application", "application " + applicationId
                    + " is already concluded; no further step can be recorded");
        }
        StepDates.requireNotInFuture(command.on(), Recording.from(metaData), "on");
        StepDates.requireNotBefore(command.on(), receivedOn, "the application's receipt", "on");
        StepDates.requireNotBefore(command.on(), lastStepOn, "the case's previous step", "on");
    }

    private void requireAwaitingSupplement(String what) {
        if (!awaitingSupplement) {
            throw new Refusal(Reason.STEP_NOT_POSSIBLE, "type", "no supplement is pending for " + what);
        }
    }

    private void requireFeeOutstanding(String what) {
        if (feeUnpaid == null) {
            throw new Refusal(Reason.STEP_NOT_POSSIBLE, "type", "no unpaid fee notice is pending for " + what);
        }
    }

    @EventSourcingHandler
    void on(ApplicationReceived event) {
        applicationId = event.applicationId();
        receipt = event;
        receivedOn = event.receivedOn();
        lastStepOn = event.receivedOn();
        clock = ReplyClock.startedOn(event.receivedOn());
    }

    @EventSourcingHandler
    void on(ReplyDeadlineSet event) {
        replyDeadline = event;
    }

    @EventSourcingHandler
    void on(DeadlineSet event) {
        switch (event.clock()) {
            case SUPPLEMENT_NOTICE -> supplementNoticeDeadline = event;
            case SUPPLEMENT_PERIOD -> supplementPeriodDeadline = event;
            case CONSULTATION_OPINION -> consultationDeadline = event;
            case PAYMENT_PERIOD -> paymentPeriodDeadline = event;
            default -> {
                // the reply has its own event; publication belongs to published items
            }
        }
    }

    @EventSourcingHandler
    void on(ReplyOverdue event) {
        replyOverdueFor = event.dueOn();
    }

    @EventSourcingHandler
    void on(ConsultationOverdue event) {
        consultationOverdueFor = event.dueOn();
    }

    @EventSourcingHandler
    void on(SupplementRequested event) {
        step(event.on());
        supplementRequested = true;
        supplementRequestedOn = event.on();
        awaitingSupplement = true;
        supplementPeriod = CasePeriods.supplementPeriod(event);
        clock = clock.pausedOn(ClockPause.AWAITING_SUPPLEMENT, event.on(), supplementPeriod);
    }

    @EventSourcingHandler
    void on(SupplementReceived event) {
        step(event.on());
        awaitingSupplement = false;
        supplementReceived = true;
        clock = clock.restartedOn(event.on());
    }

    @EventSourcingHandler
    void on(SupplementLapsed event) {
        step(event.on());
        awaitingSupplement = false;
    }

    @EventSourcingHandler
    void on(ConsultationStarted event) {
        step(event.on());
        consulting = true;
        consultationOpinion = CasePeriods.opinion(event);
        consultationDeadline = null;
        clock = clock.pausedOn(ClockPause.CONSULTATION, event.on(), consultationOpinion);
    }

    @EventSourcingHandler
    void on(ReplyDeferred event) {
        step(event.on());
        deferred = true;
        clock = clock.deferredOn(event.on(), CasePeriods.deferral(event));
    }

    @EventSourcingHandler
    void on(ConsultationEnded event) {
        step(event.on());
        consulting = false;
        clock = clock.resumedOn(ClockPause.CONSULTATION, event.on());
    }

    @EventSourcingHandler
    void on(ReplyExtended event) {
        step(event.on());
        extended = true;
        clock = clock.extendedBy(event.workingDays());
    }

    @EventSourcingHandler
    void on(FeeNoticeIssued event) {
        step(event.on());
        feeNoticed = true;
        feeUnpaid = event.amount();
        paymentPeriod = CasePeriods.payment(event);
        clock = clock.pausedOn(ClockPause.FEE_NOTICE, event.on(), paymentPeriod);
    }

    @EventSourcingHandler
    void on(FeePaid event) {
        step(event.on());
        feeUnpaid = null;
        clock = clock.resumedOn(ClockPause.FEE_NOTICE, event.on());
    }

    @EventSourcingHandler
    void on(FeeWaived event) {
        step(event.on());
        if (event.remaining().amount().signum() == 0) {
            feeUnpaid = null;
            clock = clock.resumedOn(ClockPause.FEE_NOTICE, event.on());
        } else {
            feeUnpaid = event.remaining();
        }
    }

    @EventSourcingHandler
    void on(FeeLapsed event) {
        step(event.on());
        feeUnpaid = null;
    }

    @EventSourcingHandler
    void on(ApplicationWithdrawn event) {
        step(event.on());
    }

    @EventSourcingHandler
    void on(ApplicationAnswered event) {
        step(event.on());
    }

    @EventSourcingHandler
    void on(ApplicationConcluded event) {
        concluded = true;
    }

    private void step(LocalDate on) {
        lastStepOn = Objects.requireNonNull(on);
    }
}
