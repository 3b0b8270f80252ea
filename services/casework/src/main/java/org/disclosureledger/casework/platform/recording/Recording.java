package org.disclosureledger.casework.platform.recording;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.axonframework.messaging.MetaData;
import org.disclosureledger.kernel.RecordingMetadata;

/**
 * Who records a fact and the instant it is recorded. It comes in with every command (as metadata, which Axon
 * copies to the events) so that handlers never read a clock: "today" is the recording day in China Standard Time.
 */
public record Recording(String by, Instant at) {
    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    public Recording {
        if (by == null || by.isBlank()) {
            throw new IllegalArgumentException("the recording user is missing");
        }
        if (at == null) {
            throw new IllegalArgumentException("the recording instant is missing");
        }
    }

    public static Recording from(MetaData metaData) {
        Object by = metaData.get(RecordingMetadata.RECORDED_BY);
        Object at = metaData.get(RecordingMetadata.RECORDED_AT);
        if (by == null || at == null) {
            throw new IllegalStateException("command without recording metadata (" + RecordingMetadata.RECORDED_BY
                    + ", " + RecordingMetadata.RECORDED_AT + ")");
        }
        return new Recording(by.toString(), Instant.parse(at.toString()));
    }

    public MetaData metaData() {
        return MetaData.with(RecordingMetadata.RECORDED_BY, by).and(RecordingMetadata.RECORDED_AT, at.toString());
    }

    /** The recording day in China: no business date may lie after it. */
    public LocalDate today() {
        return LocalDate.ofInstant(at, CHINA);
    }
}
