package org.disclosureledger.casework.platform.axon;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import org.disclosureledger.kernel.AgencyCode;
import org.disclosureledger.kernel.application.ApplicationId;
import org.disclosureledger.kernel.application.FeeBasis;
import org.disclosureledger.kernel.application.FeeComputation;
import org.disclosureledger.kernel.application.FeeNoticeIssued;
import org.disclosureledger.kernel.calendar.ClockStart;
import org.disclosureledger.kernel.calendar.DueDate;
import org.disclosureledger.kernel.calendar.ReckoningStep;
import org.disclosureledger.kernel.calendar.StatutoryClock;
import org.disclosureledger.kernel.money.Yuan;
import org.disclosureledger.kernel.proactive.InformationPublished;
import org.disclosureledger.kernel.proactive.PublicationChannel;
import org.disclosureledger.kernel.proactive.PublishedItemId;
import org.junit.jupiter.api.Test;

/** Events stored before the optional fields were added still read, with those fields empty; new ones read back whole. */
class EventJsonCompatibilityTest {
    private final ObjectMapper mapper = EventStoreConfiguration.messageObjectMapper();

    @Test
    void aPublicationStoredWithoutMadeOnStillReads() throws Exception {
        InformationPublished event = mapper.readValue("""
                {"itemId": "hancong/item/2021-1", "on": "2021-03-01", "channel": "WECHAT", "title": "通知"}""", InformationPublished.class);
        assertThat(event).isEqualTo(new InformationPublished(PublishedItemId.of(AgencyCode.of("hancong"), "2021-1"),
                LocalDate.of(2021, 3, 1), PublicationChannel.WECHAT, "通知"));
        assertThat(event.madeOn()).isNull();
        assertThat(event.late()).isFalse();
    }

    @Test
    void aPublicationWithItsDueDateReadsBackWhole() throws Exception {
        InformationPublished event = new InformationPublished(PublishedItemId.of(AgencyCode.of("hancong"), "2021-2"),
                LocalDate.of(2021, 11, 4), PublicationChannel.WEBSITE, null, LocalDate.of(2021, 9, 30),
                new DueDate(LocalDate.of(2021, 11, 3), false, 1), List.of(new ReckoningStep.Start(LocalDate.of(2021, 9, 30),
                ClockStart.MADE_OR_CHANGED, 20, StatutoryClock.PUBLICATION), new ReckoningStep.Reached(LocalDate.of(2021, 11, 3), 20)), true);
        assertThat(mapper.readValue(mapper.writeValueAsBytes(event), InformationPublished.class)).isEqualTo(event);
    }

    @Test
    void aFeeNoticeStoredWithoutItsComputationStillReads() throws Exception {
        FeeNoticeIssued event = mapper.readValue("""
                {"applicationId": "hancong/application/2021-7", "on": "2021-10-08", "amount": "3000.00"}""", FeeNoticeIssued.class);
        assertThat(event).isEqualTo(new FeeNoticeIssued(ApplicationId.of(AgencyCode.of("hancong"), "2021-7"), LocalDate.of(2021, 10, 8),
                Yuan.of(3000)));
        assertThat(event.computation()).isNull();
    }

    @Test
    void aFeeNoticeWithItsComputationReadsBackWhole() throws Exception {
        FeeNoticeIssued event = new FeeNoticeIssued(ApplicationId.of(AgencyCode.of("hancong"), "2021-8"), LocalDate.of(2021, 10, 8),
                Yuan.of(200), new FeeComputation(FeeBasis.PER_APPLICATION, 35, List.of("application no. 35 ..."), Yuan.of(200)));
        assertThat(mapper.readValue(mapper.writeValueAsBytes(event), FeeNoticeIssued.class)).isEqualTo(event);
    }
}
