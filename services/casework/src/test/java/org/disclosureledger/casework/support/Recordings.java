package org.disclosureledger.casework.support;

import java.time.Instant;
import org.axonframework.messaging.MetaData;
import org.disclosureledger.casework.platform.recording.Recording;

/** The recording every aggregate test uses: a clerk on 2022-06-01 (China), so that 2022-06-02 is in the future. */
public final class Recordings {
    public static final Recording CLERK = new Recording("clerk", Instant.parse("2022-06-01T02:00:00Z"));

    private Recordings() {
    }

    public static MetaData byClerk() {
        return CLERK.metaData();
    }
}
