package org.disclosureledger.reporting.projection;

import java.time.Duration;
import java.util.Optional;

/**
 * The wait shared by the feeds: notes where the records end at the call ({@code M}, the feed's own kind of mark),
 * then polls how far the projection has got until it reaches that mark, a failure halts it, or the time is up.
 */
public abstract class PollingCatchUp<M> implements ProjectionCatchUp {
    private static final long POLL_MILLIS = 20;

    /** How far the records went at the call, how far they are projected now, and whether that covers the mark. */
    public record Progress(long recordsUpTo, long projectedUpTo, boolean reached) {
    }

    private final ProjectionFailures failures;

    protected PollingCatchUp(ProjectionFailures failures) {
        this.failures = failures;
    }

    /** Where the records end now. */
    protected abstract M recordsEnd();

    /** How far the projection has got towards {@code mark}. */
    protected abstract Progress progress(M mark);

    @Override
    public final void await(Duration timeout) {
        M mark = recordsEnd();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Progress progress = progress(mark);
            if (progress.reached()) {
                return;
            }
            Optional<ProjectionFailures.Failure> failure = failures.unresolved();
            if (failure.isPresent()) {
                throw new ProjectionBehind("the annual report projection is halted by a failure on " + failure.get().eventType()
                        + " (event " + failure.get().eventId() + ", " + failure.get().position() + "): " + failure.get().error(),
                        progress.recordsUpTo(), progress.projectedUpTo());
            }
            if (System.nanoTime() > deadline) {
                throw new ProjectionBehind("the annual report projection has not caught up with the records within "
                        + timeout.toMillis() + " ms", progress.recordsUpTo(), progress.projectedUpTo());
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ProjectionBehind("interrupted while waiting for the annual report projection", progress.recordsUpTo(),
                        progress.projectedUpTo());
            }
        }
    }
}
