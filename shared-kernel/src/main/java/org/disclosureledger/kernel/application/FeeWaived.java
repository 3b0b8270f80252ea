package org.disclosureledger.kernel.application;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.disclosureledger.kernel.LedgerEvent;
import org.disclosureledger.kernel.AgencyCode;
import org.disclosureledger.kernel.money.Yuan;

/**
 * The agency reduced or waived the notified fee (减免, 国办函〔2020〕109号) for {@code reason}: {@code waived} of it, leaving
 * {@code remaining} to pay. Nothing remaining ends the fee's pause of the reply clock as a payment does.
 */
@Revision("1")
public record FeeWaived(ApplicationId applicationId, LocalDate on, Yuan waived, Yuan remaining, FeeWaiverReason reason) implements LedgerEvent {
    @Override
    public AgencyCode agency() {
        return applicationId.agency();
    }

    @Override
    public LocalDate businessDate() {
        return on;
    }
}
