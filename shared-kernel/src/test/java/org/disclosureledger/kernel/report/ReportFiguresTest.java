package org.disclosureledger.kernel.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.disclosureledger.kernel.money.Yuan;
import org.junit.jupiter.api.Test;

class ReportFiguresTest {

    @Test
    void namesEveryCellOfEveryTable() {
        assertThat(ReportFigures.names())
                .hasSize(2 + 1 + 8 + 6 + 3 + 2 + 25 * 7 + 3 * 5 + 2)
                .contains("publications.byChannel.WECHAT", "applications.CARRIED_FORWARD_TO_NEXT_YEAR.TOTAL",
                        "applications.OTHER_FEE_UNPAID.LEGAL_SERVICE_ORGANIZATION", "reviewsAndLawsuits.lawsuitDirect.PENDING",
                        "processingFees.amountYuan", "proactive.administrativeFeesWanYuan");
    }

    @Test
    void printsTheFiguresOfAReport() {
        Map<String, String> figures = ReportFigures.of(ReportFixtures.township2021());
        assertThat(figures).containsEntry("agencyName", "寒葱沟镇人民政府").containsEntry("year", "2021")
                .containsEntry("publications.total", "85").containsEntry("publications.byChannel.WECHAT", "69")
                .containsEntry("publications.byChannel.OTHER", "16").containsEntry("publications.byChannel.WEBSITE", "0")
                .containsEntry("applications.NEW_THIS_YEAR.TOTAL", "0").containsEntry("processingFees.amountYuan", "0.00")
                .containsEntry("proactive.administrativeFeesWanYuan", "0");
    }

    @Test
    void administrativeFeesAreShownInWanYuanExactly() {
        AnnualReport report = ReportFixtures.township2021();
        ProactiveDisclosure fees = new ProactiveDisclosure(DocumentCounts.NONE, DocumentCounts.NONE, 0, 0, 0,
                new Yuan(new BigDecimal("12345.67")), report.proactive().publications());
        AnnualReport withFees = new AnnualReport(report.agency(), report.agencyName(), 2021, "2021", false,
                report.reviewCountingPolicy(), fees, report.applications(), report.reviewsAndLawsuits(), report.processingFees(), report.checks());
        assertThat(ReportFigures.of(withFees)).containsEntry("proactive.administrativeFeesWanYuan", "1.234567")
                .containsEntry("proactive.administrativeFeesYuan", "12345.67");
    }
}
