package org.disclosureledger.reporting.projection;

import java.util.Optional;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/health} component {@code annualReportFacts}: DOWN while the projection is halted by a failure (with
 * the failed event and the error), its feed is not running or reports an error; UP with how far it has projected
 * otherwise. The same for either feed.
 */
@Component("annualReportFactsHealthIndicator")
public class ProjectionHealth implements HealthIndicator {
    private final ProjectionCatchUp catchUp;
    private final ProjectionFailures failures;

    public ProjectionHealth(ProjectionCatchUp catchUp, ProjectionFailures failures) {
        this.catchUp = catchUp;
        this.failures = failures;
    }

    @Override
    public Health health() {
        FeedStatus status = catchUp.status();
        Optional<ProjectionFailures.Failure> failure = failures.unresolved();
        Health.Builder health = status.running() && !status.inError() && failure.isEmpty() ? Health.up() : Health.down();
        health.withDetails(status.details())
                .withDetail("running", status.running())
                .withDetail("projectedUpTo", status.projectedUpTo())
                .withDetail("recordsUpTo", status.recordsUpTo());
        failure.ifPresent(failed -> health.withDetail("failedEvent", failed.eventType() + " " + failed.eventId())
                .withDetail("failedAtPosition", failed.position())
                .withDetail("error", failed.error())
                .withDetail("failedAt", failed.at().toString()));
        return health.build();
    }
}
