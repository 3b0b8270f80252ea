package org.disclosureledger.casework.application.automation;

import org.disclosureledger.casework.application.command.OverdueCheck;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceCurrentlyExecutingException;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceNotFoundException;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.modelling.command.AggregateScopeDescriptor;
import org.disclosureledger.casework.platform.recording.Recording;
import org.disclosureledger.kernel.RecordingMetadata;
import org.disclosureledger.kernel.application.ApplicationConcluded;
import org.disclosureledger.kernel.application.ApplicationId;
import org.disclosureledger.kernel.application.ConsultationEnded;
import org.disclosureledger.kernel.application.DeadlineSet;
import org.disclosureledger.kernel.application.ReplyDeadlineSet;
import org.disclosureledger.kernel.calendar.StatutoryClock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps one persistent deadline per open clock of each case (Axon's DeadlineManager on db-scheduler, table
 * {@code casework.scheduled_tasks}): scheduled for the first moment of the day after the due date, moved when the
 * due date moves, cancelled when the clock stops or the case is concluded. It follows the event stream in its own
 * processing group, so an import never waits for it, a restart resumes where it stopped, and a replay changes
 * nothing ({@code casework.deadline_watch} remembers what is scheduled). A due date long past fires at once.
 */
@Component
@ProcessingGroup(OverdueWatch.PROCESSING_GROUP)
public class OverdueWatch {
    public static final String PROCESSING_GROUP = "statutory-deadlines";
    /** Who records what a deadline records. */
    public static final String STATUTORY_CLOCK = "statutory-clock";
    static final String AGGREGATE_TYPE = "ApplicationCase";

    /** The task under which Axon's DbSchedulerDeadlineManager keeps every deadline. */
    static final String DEADLINE_TASK = "AxonDeadline";

    private final DeadlineManager deadlines;
    private final SchedulerClient scheduler;
    private final JdbcClient jdbc;
    private final Clock time;
    private final Duration pastDueGrace;

    public OverdueWatch(DeadlineManager deadlines, SchedulerClient scheduler, JdbcClient jdbc, Clock time,
                        @Value("${ledger.deadlines.past-due-grace:20s}") Duration pastDueGrace) {
        this.deadlines = deadlines;
        this.scheduler = scheduler;
        this.jdbc = jdbc;
        this.time = time;
        this.pastDueGrace = pastDueGrace;
    }

    @EventHandler
    void on(ReplyDeadlineSet event) {
        if (event.due() == null) {
            unwatch(event.applicationId(), StatutoryClock.REPLY);
        } else {
            watch(event.applicationId(), StatutoryClock.REPLY, event.due().on());
        }
    }

    @EventHandler
    void on(DeadlineSet event) {
        if (event.clock() == StatutoryClock.CONSULTATION_OPINION && event.due() != null) {
            watch(event.applicationId(), StatutoryClock.CONSULTATION_OPINION, event.due().on());
        }
    }

    @EventHandler
    void on(ConsultationEnded event) {
        unwatch(event.applicationId(), StatutoryClock.CONSULTATION_OPINION);
    }

    @EventHandler
    void on(ApplicationConcluded event) {
        unwatch(event.applicationId(), StatutoryClock.REPLY);
        unwatch(event.applicationId(), StatutoryClock.CONSULTATION_OPINION);
    }

    /**
     * A due date already past (a case typed in late, an old ledger imported) fires after a short grace rather than at
     * once, so that the steps that follow in the stream (usually the answer) can cancel it first. The overdue event is
     * dated from the due date either way.
     */
    private static Instant latest(Instant overdueAt, Instant afterGrace) {
        return overdueAt.isAfter(afterGrace) ? overdueAt : afterGrace;
    }

    /** The instant a clock that ends on {@code dueOn} is overdue: the start of the next day in China. */
    public static Instant overdueAt(LocalDate dueOn) {
        return dueOn.plusDays(1).atStartOfDay(Recording.CHINA).toInstant();
    }

    private void watch(ApplicationId application, StatutoryClock clock, LocalDate dueOn) {
        Optional<Watched> watched = watched(application, clock);
        if (watched.isPresent() && dueOn.equals(watched.get().dueOn())) {
            return;
        }
        watched.ifPresent(w -> cancel(w.scheduleId()));
        OverdueCheck check = new OverdueCheck(application, dueOn);
        Instant at = latest(overdueAt(dueOn), time.instant().plus(pastDueGrace));
        String scheduleId = deadlines.schedule(at, deadlineName(clock),
                new GenericMessage<>(check, MetaData.with(RecordingMetadata.RECORDED_BY, STATUTORY_CLOCK)),
                new AggregateScopeDescriptor(AGGREGATE_TYPE, application.toString()));
        jdbc.sql("""
                INSERT INTO casework.deadline_watch (application, clock, due_on, schedule_id)
                VALUES (:application, :clock, :dueOn, :scheduleId)
                ON CONFLICT (application, clock) DO UPDATE SET due_on = EXCLUDED.due_on, schedule_id = EXCLUDED.schedule_id""")
                .param("application", application.toString())
                .param("clock", clock.name())
                .param("dueOn", dueOn)
                .param("scheduleId", scheduleId)
                .update();
    }

    private void unwatch(ApplicationId application, StatutoryClock clock) {
        watched(application, clock).ifPresent(w -> {
            cancel(w.scheduleId());
            jdbc.sql("DELETE FROM casework.deadline_watch WHERE application = ? AND clock = ?")
                    .param(application.toString()).param(clock.name()).update();
        });
    }

    /**
     * Cancels a deadline as the batch commits, after the deadlines the batch schedules (Axon schedules them then too):
     * a deadline scheduled and moved within one batch is cancelled, not left behind. One that is firing right now, or
     * has fired, needs no cancelling: its handler records nothing for a due date that no longer stands or a case that
     * is concluded.
     */
    private void cancel(String scheduleId) {
        Runnable cancel = () -> {
            try {
                scheduler.cancel(TaskInstanceId.of(DEADLINE_TASK, scheduleId));
            } catch (TaskInstanceCurrentlyExecutingException | TaskInstanceNotFoundException firingOrFired) {
                // see above
            }
        };
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().onPrepareCommit(batch -> cancel.run());
        } else {
            cancel.run();
        }
    }

    private record Watched(LocalDate dueOn, String scheduleId) {
    }

    private Optional<Watched> watched(ApplicationId application, StatutoryClock clock) {
        return jdbc.sql("SELECT due_on, schedule_id FROM casework.deadline_watch WHERE application = ? AND clock = ?")
                .param(application.toString()).param(clock.name())
                .query((rs, row) -> new Watched(rs.getObject("due_on", LocalDate.class), rs.getString("schedule_id")))
                .optional();
    }

    static String deadlineName(StatutoryClock clock) {
        return switch (clock) {
            case REPLY -> OverdueCheck.REPLY;
            case CONSULTATION_OPINION -> OverdueCheck.CONSULTATION_OPINION;
            default -> throw new IllegalArgumentException("no deadline is kept for " + clock);
        };
    }
}
