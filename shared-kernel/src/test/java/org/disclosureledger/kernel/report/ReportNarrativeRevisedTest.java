package org.disclosureledger.kernel.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.InputStream;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.disclosureledger.kernel.AgencyCode;
import org.junit.jupiter.api.Test;

class ReportNarrativeRevisedTest {
    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final ReportNarrativeRevised EVENT = new ReportNarrativeRevised(AgencyCode.of("hancong"), 2021,
            NarrativeSection.OTHER_MATTERS, "我镇无其他需要报告事项。本年度收取信息处理费{{processingFees.amountYuan}}元。",
            LocalDate.of(2022, 1, 10));

    @Test
    void revisionOneIsStoredAsItsGoldenJson() throws Exception {
        assertThat(ReportNarrativeRevised.class.getAnnotation(Revision.class).value()).isEqualTo("1");
        try (InputStream golden = getClass().getResourceAsStream("events/ReportNarrativeRevised-1.json")) {
            byte[] json = golden.readAllBytes();
            assertThat(MAPPER.readValue(json, ReportNarrativeRevised.class)).isEqualTo(EVENT);
            assertThat(MAPPER.readTree(MAPPER.writeValueAsBytes(EVENT))).isEqualTo(MAPPER.readTree(json));
        }
        assertThat(EVENT.businessDate()).isEqualTo(LocalDate.of(2022, 1, 10));
        assertThat(EVENT.report()).hasToString("hancong/report/2021");
    }

    @Test
    void theReportIdReadsBack() {
        assertThat(AnnualReportId.parse("hancong/report/2021")).isEqualTo(AnnualReportId.of(AgencyCode.of("hancong"), 2021));
        assertThatThrownBy(() -> AnnualReportId.parse("hancong/report/21")).hasMessageContaining("four-digit year");
        assertThatThrownBy(() -> AnnualReportId.parse("hancong/application/2021")).hasMessageContaining("agency/report/number");
    }
}
