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
import org.disclosureledger.kernel.application.ReplyDeadlineSet;
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
    static final int CONSULTATION_WORKING_DAYS = StatutoryClock.CONSULTATION_OPINION.workingDays();
    static final int MAX_EXTENSION_WORKING_DAYS = 20;

    @AggregateIdentifier
    private ApplicationId applicationId;
    private LocalDate receivedOn;
    private LocalDate lastStepOn;
    private ApplicationReceived receipt;
    private boolean concluded;
    private boolean supplementRequested;
    private boolean awaitingSupplement;
    private boolean consulting;
    private boolean extended;
    private Yuan feeNotified;
    private boolean feeOutstanding;
    private ReplyClock clock;
    private ReplyDeadlineSet replyDeadline;
    private DeadlineSet supplementNoticeDeadline;
    private LocalDate consultationStartedOn;
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
        apply(deadline(command.on(), supplementNotice(command.on()), calendar));
    }

    @CommandHandler
    public void handle(RequestSupplement command, MetaData metaData, WorkingDayCalendars calendars) {
        requireOpenAndInOrder(command, metaData);
        if (supplementRequested) {
            throw new Refusal(Reason.ALREADY_DONE_ONCE, "type", "a supplement was already requested: Art. 30 allows one request, "
                    + "naming everything to be supplemented at once");
        }
        if (command.supplementDueOn() != null) {
            StepDates.requireNotBefore(command.supplementDueOn(), command.on(), "the request", "dueOn");
        }
        DueDate noticeDue = calendars.current().workingDaysAfter(receivedOn, SUPPLEMENT_NOTICE_WORKING_DAYS);
        apply(new SupplementRequested(applicationId, command.on(), command.supplementDueOn(), noticeDue,
                noticeDue.isMissedBy(command.on())));
        setDeadline(command.on(), calendars.current());
    }

    @CommandHandler
    public void handle(ReceiveSupplement command, MetaData metaData, WorkingDayCalendars calendars) {
        requireOpenAndInOrder(command, metaData);
        requireAwaitingSupplement("a supplement to be received");
        apply(new SupplementReceived(applicationId, command.on()));
        setDeadline(command.on(), calendars.current());
    }

    @CommandHandler
    public void handle(LapseSupplement command, MetaData metaData) {
        requireOpenAndInOrder(command, metaData);
        requireAwaitingSupplement("the supplement period to lapse");
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
        WorkingDayCalendar calendar = calendars.current();
        Period opinion = opinion(command.on());
        apply(new ConsultationStarted(applicationId, command.on(), command.party(), opinion.reckon(calendar).due()));
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

    @CommandHandler
    public void handle(IssueFeeNotice command, MetaData metaData, WorkingDayCalendars calendars) {
        requireOpenAndInOrder(command, metaData);
        FeeComputation computation = feeComputation(command);
        Yuan amount = computation == null ? command.amount() : computation.amount();
        if (amount == null || amount.amount().signum() == 0) {
            throw new Refusal(Reason.INVALID_VALUE, computation == null ? "amountYuan" : "quantity", "a fee notice needs an amount above zero"
                    + (computation == null ? "" : ": " + String.join("; ", computation.lines()) + " (nothing to charge)"));
        }
        if (feeNotified != null) {
            throw new Refusal(Reason.ALREADY_DONE_ONCE, "type", "a fee notice was already issued for this application");
        }
        apply(new FeeNoticeIssued(applicationId, command.on(), amount, computation));
        setDeadline(command.on(), calendars.current());
    }

    @CommandHandler
    public void handle(PayFee command, MetaData metaData, WorkingDayCalendars calendars) {
        requireOpenAndInOrder(command, metaData);
        requireFeeOutstanding("a fee to be paid");
        apply(new FeePaid(applicationId, command.on(), feeNotified));
        setDeadline(command.on(), calendars.current());
    }

    @CommandHandler
    public void handle(LapseFee command, MetaData metaData) {
        requireOpenAndInOrder(command, metaData);
        requireFeeOutstanding("the payment period to lapse");
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
        apply(new ApplicationAnswered(applicationId, command.on(), command.result()));
        conclude(command.on(), command.result(), clock.due(calendars.current()));
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
        if (reply.due() != null && !reply.sameAs(new Reckoning(replyDeadline.due(), replyDeadline.reckoning()))) {
            apply(new ReplyDeadlineSet(applicationId, command.on(), reply.due(), reply.steps()));
        }
        if (!supplementRequested && supplementNoticeDeadline != null) {
            recount(command.on(), supplementNoticeDeadline, supplementNotice(receivedOn), calendar);
        }
        if (consulting && consultationDeadline != null) {
            recount(command.on(), consultationDeadline, opinion(consultationStartedOn), calendar);
        }
    }

    /** Records the period again only where its count changed (compared as data: a new calendar version alone is no change). */
    private void recount(LocalDate on, DeadlineSet recorded, Period period, WorkingDayCalendar calendar) {
        Reckoning now = period.reckon(calendar);
        if (!now.sameAs(new Reckoning(recorded.due(), recorded.reckoning()))) {
            apply(new DeadlineSet(applicationId, on, period.clock(), now.due(), now.steps()));
        }
    }

    /** Art. 30: the last day to ask for a supplement, 7 working days from receipt. */
    private static Period supplementNotice(LocalDate receivedOn) {
        return Period.statutory(receivedOn, ClockStart.RECEIVED, StatutoryClock.SUPPLEMENT_NOTICE);
    }

    /** Art. 32, 34: the consulted party's 15 working days. */
    private static Period opinion(LocalDate sentOn) {
        return Period.statutory(sentOn, ClockStart.REQUEST_FOR_OPINION_SENT, StatutoryClock.CONSULTATION_OPINION);
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

    /** The consulted party's period ran out with the consultation still open. */
    @DeadlineHandler(deadlineName = OverdueCheck.CONSULTATION_OPINION)
    void consultationOverdue(OverdueCheck check) {
        DueDate due = consultationDeadline == null ? null : consultationDeadline.due();
        if (concluded || !consulting || due == null || !due.on().equals(check.dueOn()) || check.dueOn().equals(consultationOverdueFor)) {
            return;
        }
        apply(new ConsultationOverdue(applicationId, check.dueOn().plusDays(1), check.dueOn(), due.calendarVersion()));
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
        if (!feeOutstanding) {
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
            case CONSULTATION_OPINION -> consultationDeadline = event;
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
        awaitingSupplement = true;
        clock = clock.pausedOn(ClockPause.AWAITING_SUPPLEMENT, event.on(), null);
    }

    @EventSourcingHandler
    void on(SupplementReceived event) {
        step(event.on());
        awaitingSupplement = false;
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
        consultationStartedOn = event.on();
        consultationDeadline = null;
        clock = clock.pausedOn(ClockPause.CONSULTATION, event.on(), null);
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
        feeNotified = event.amount();
        feeOutstanding = true;
        clock = clock.pausedOn(ClockPause.FEE_NOTICE, event.on(), null);
    }

    @EventSourcingHandler
    void on(FeePaid event) {
        step(event.on());
        feeOutstanding = false;
        clock = clock.resumedOn(ClockPause.FEE_NOTICE, event.on());
    }

    @EventSourcingHandler
    void on(FeeLapsed event) {
        step(event.on());
        feeOutstanding = false;
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
