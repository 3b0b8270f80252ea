package org.disclosureledger.platform.problem;

import java.time.Duration;
import java.util.Optional;

/** The answer cannot be given yet, but will be: 503 with {@code Retry-After}, whatever format was asked for. */
public abstract class Unavailable extends Problem {
    private final Duration retryAfter;

    protected Unavailable(String reason, String title, String detail, Duration retryAfter) {
        super(503, reason, null, title, detail);
        this.retryAfter = retryAfter;
    }

    @Override
    public Optional<Duration> retryAfter() {
        return Optional.of(retryAfter);
    }
}
