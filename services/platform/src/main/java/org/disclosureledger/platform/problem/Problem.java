package org.disclosureledger.platform.problem;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Why a request cannot be answered as asked: the one exception family of every service. Each problem has its HTTP
 * status, a stable {@code reason} code, the {@code field} at fault (or null when no one field is), a title and a
 * detail in words; some add members of their own (the positions of a lagging projection) or ask the client to come
 * back later. Plain Java, so that aggregates may refuse with it; {@code platform.web.ProblemAnswers} renders it.
 */
public abstract class Problem extends RuntimeException {
    private final int status;
    private final String reason;
    private final String field;
    private final String title;

    protected Problem(int status, String reason, String field, String title, String detail) {
        super(detail);
        this.status = status;
        this.reason = reason;
        this.field = field;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String reason() {
        return reason;
    }

    public String field() {
        return field;
    }

    public String title() {
        return title;
    }

    /** Further members of the problem's JSON, after {@code reason} and {@code field}. */
    public Map<String, Object> properties() {
        return Map.of();
    }

    /** When the client may ask again ({@code Retry-After}), for a problem that passes. */
    public Optional<Duration> retryAfter() {
        return Optional.empty();
    }
}
