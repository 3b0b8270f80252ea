package org.disclosureledger.kernel.stream;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The JSON of the ledger's events wherever they are written or read: in the event store and in the envelopes on the
 * topic. ISO dates; fields added by later revisions do not make an older reader fail. A mapper of its own, so that
 * tuning a service's web JSON never changes a stored or published event.
 */
public final class LedgerEventJson {
    private LedgerEventJson() {
    }

    public static ObjectMapper objectMapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }
}
