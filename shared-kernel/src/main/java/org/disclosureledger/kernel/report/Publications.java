package org.disclosureledger.kernel.report;

import java.util.Map;
import org.disclosureledger.kernel.proactive.PublicationChannel;

/** Items published proactively in the year, in all and by channel (only channels with at least one item). */
public record Publications(long total, Map<PublicationChannel, Long> byChannel) {
    public Publications {
        byChannel = Map.copyOf(byChannel);
    }
}
