package org.disclosureledger.casework.platform.recording;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import org.springframework.stereotype.Component;

/**
 * Makes the {@link Recording} of a request: the authenticated user (or the {@code X-Ledger-User} header that a
 * trusted gateway sets) and the instant from the system clock. This is the only place that reads the clock.
 */
@Component
public class Recorder {
    public static final String USER_HEADER = "X-Ledger-User";

    private final Clock clock;

    public Recorder(Clock clock) {
        this.clock = clock;
    }

    public Recording of(HttpServletRequest request) {
        String user = request.getRemoteUser();
        if (user == null) {
            user = request.getHeader(USER_HEADER);
        }
        return as(user == null || user.isBlank() ? "anonymous" : user.strip());
    }

    public Recording as(String user) {
        return new Recording(user, clock.instant());
    }
}
