package org.disclosureledger.reporting.projection;

import java.util.Optional;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/health} component {@code annualReportFacts}: DOWN while the processor is failing (with the
 * failed event and the error) or not running; UP with how far it has projected otherwise.
 */
@Component("annualReportFactsHealthIndicator")
public class ProjectionHealth implements HealthIndicator {
    private final ProjectionProgress progress;

    public ProjectionHealth(ProjectionProgress progress) {
        this.progress = progress;
    }

    @Override
    public Health health() {
        ProjectionProgress.Position position = progress.position();
        Optional<ProjectionFailures.Failure> failure = progress.failure(position);
        Health.Builder health = position.running() && failure.isEmpty() && !position.inError() ? Health.up() : Health.down();
        health.withDetail("processingGroup", AnnualReportFactsHandler.PROCESSING_GROUP)
                .withDetail("running", position.running())
                .withDetail("segments", position.segments())
                .withDetail("projectedUpTo", position.processedUpTo())
                .withDetail("recordsUpTo", progress.head());
        failure.ifPresent(failed -> health.withDetail("failedEvent", failed.eventType() + " " + failed.eventId())
                .withDetail("failedAtPosition", failed.position())
                .withDetail("error", failed.error())
                .withDetail("failedAt", failed.at().toString()));
        return health.build();
    }
}
