package org.disclosureledger.kernel;

/** Metadata keys every command and event carries: who recorded the fact and the instant it was recorded. */
public final class RecordingMetadata {
    public static final String RECORDED_BY = "recordedBy";
    public static final String RECORDED_AT = "recordedAt";

    private RecordingMetadata() {
    }
}
