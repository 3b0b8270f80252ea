package org.disclosureledger.reporting.projection;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.disclosureledger.platform.problem.Unavailable;

/**
 * The projection is behind the records a read must reflect, or halted: the answer would be stale, so none is given.
 * Answered 503 with {@code Retry-After} and both positions, whatever format was asked for.
 */
public class ProjectionBehind extends Unavailable {
    public static final String REASON = "PROJECTION_BEHIND";
    static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    private final long recordsUpTo;
    private final long projectedUpTo;

    public ProjectionBehind(String message, long recordsUpTo, long projectedUpTo) {
        super(REASON, "Annual report projection not up to date",
                message + " (records up to " + recordsUpTo + ", projected up to " + projectedUpTo + ")", RETRY_AFTER);
        this.recordsUpTo = recordsUpTo;
        this.projectedUpTo = projectedUpTo;
    }

    public long recordsUpTo() {
        return recordsUpTo;
    }

    public long projectedUpTo() {
        return projectedUpTo;
    }

    @Override
    public Map<String, Object> properties() {
        Map<String, Object> positions = new LinkedHashMap<>();
        positions.put("recordsUpTo", recordsUpTo);
        positions.put("projectedUpTo", projectedUpTo);
        return positions;
    }
}
