package org.disclosureledger.reporting.projection;

/** The projection is behind the records a read must reflect, or halted: the answer would be stale, so none is given. */
public class ProjectionBehind extends RuntimeException {
    private final long recordsUpTo;
    private final long projectedUpTo;

    public ProjectionBehind(String message, long recordsUpTo, long projectedUpTo) {
        super(message + " (records up to " + recordsUpTo + ", projected up to " + projectedUpTo + ")");
        this.recordsUpTo = recordsUpTo;
        this.projectedUpTo = projectedUpTo;
    }

    public long recordsUpTo() {
        return recordsUpTo;
    }

    public long projectedUpTo() {
        return projectedUpTo;
    }
}
