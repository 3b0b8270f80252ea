package org.disclosureledger.reporting.calculation;

import java.time.LocalDate;
import org.disclosureledger.kernel.proactive.PublicationChannel;
import org.disclosureledger.kernel.proactive.PublishedItemId;

/** One item published proactively, on a day, through a channel. */
public record PublicationFact(PublishedItemId id, LocalDate on, PublicationChannel channel) {
}
