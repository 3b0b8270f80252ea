package org.disclosureledger.casework.support;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The recording clock of API tests: 26 Nov 2026, 10:00 in China, whatever day the tests run, so that "today" (no step
 * may be dated after it) and the default {@code asOf} of the staff view are fixed. Deadlines still fire by the real
 * time: every due date these tests expect to fire is long past.
 */
@TestConfiguration(proxyBeanMethods = false)
public class FixedToday {
    public static final Instant NOW = Instant.parse("2026-11-26T02:00:00Z");

    @Bean
    @Primary
    public Clock fixedClock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }
}
