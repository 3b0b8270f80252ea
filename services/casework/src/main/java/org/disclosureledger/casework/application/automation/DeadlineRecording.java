package org.disclosureledger.casework.application.automation;

import java.time.Clock;
import java.util.Map;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.disclosureledger.kernel.RecordingMetadata;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Gives what a deadline records the same who-and-when as what staff record: by the statutory clock, at the instant
 * the deadline was handled. This is the edge where the clock is read (as {@code Recorder} is for requests); the
 * handlers themselves date what they record from the deadline, never from the clock.
 */
@Component
public class DeadlineRecording implements InitializingBean {
    private final DeadlineManager deadlineManager;
    private final Clock clock;

    public DeadlineRecording(DeadlineManager deadlineManager, Clock clock) {
        this.deadlineManager = deadlineManager;
        this.clock = clock;
    }

    @Override
    public void afterPropertiesSet() {
        deadlineManager.registerHandlerInterceptor((unitOfWork, chain) -> {
            unitOfWork.transformMessage(message -> message.andMetaData(Map.of(
                    RecordingMetadata.RECORDED_BY, OverdueWatch.STATUTORY_CLOCK,
                    RecordingMetadata.RECORDED_AT, clock.instant().toString())));
            unitOfWork.registerCorrelationDataProvider(
                    new SimpleCorrelationDataProvider(RecordingMetadata.RECORDED_BY, RecordingMetadata.RECORDED_AT));
            return chain.proceed();
        });
    }
}
