package org.disclosureledger.kernel.proactive;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.disclosureledger.kernel.LedgerEvent;
import org.disclosureledger.kernel.AgencyCode;
import org.disclosureledger.kernel.calendar.DueDate;
import org.disclosureledger.kernel.calendar.ReckoningStep;

/**
 * One item was published proactively through a channel. Where the day the information was made or changed is known
 * ({@code madeOn}), Art. 26 gives 20 working days to publish it: {@code publicationDue} names that day and the
 * calendar version, {@code publicationDueReckoning} the steps of the count, and {@code late} says whether {@code on} was
 * after it. The three are null (and {@code late} false) when {@code madeOn} is not known. Revision 2: the count as
 * steps; revision 1 held it as lines of text ({@code publicationDueExplanation}).
 */
@Revision("2")
public record InformationPublished(PublishedItemId itemId, LocalDate on, PublicationChannel channel, String title,
                                   LocalDate madeOn, DueDate publicationDue, List<ReckoningStep> publicationDueReckoning,
                                   boolean late) implements LedgerEvent {
    public InformationPublished {
        publicationDueReckoning = publicationDueReckoning == null ? null : List.copyOf(publicationDueReckoning);
    }

    public InformationPublished(PublishedItemId itemId, LocalDate on, PublicationChannel channel, String title) {
        this(itemId, on, channel, title, null, null, null, false);
    }

    @Override
    public AgencyCode agency() {
        return itemId.agency();
    }

    @Override
    public LocalDate businessDate() {
        return on;
    }
}
