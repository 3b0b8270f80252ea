package org.disclosureledger.kernel.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.disclosureledger.kernel.AgencyCode;
import org.disclosureledger.kernel.application.ApplicantCategory;
import org.disclosureledger.kernel.money.Yuan;
import org.disclosureledger.kernel.proactive.PublicationChannel;

/** Reports built by hand for the kernel's tests. */
final class ReportFixtures {
    private ReportFixtures() {
    }

    /** The sample township of 2021: 85 items published (69 on WeChat, 16 otherwise), every other figure 0. */
    static AnnualReport township2021() {
        Map<String, ApplicantCounts> rows = new LinkedHashMap<>();
        for (String row : ReportFigures.APPLICATION_ROWS) {
            rows.put(row, ApplicantCounts.of(new long[ApplicantCategory.values().length]));
        }
        return new AnnualReport(AgencyCode.of("hancong"), "寒葱沟镇人民政府", 2021, "2021", false, ReviewCountingPolicy.FILED_IN_YEAR,
                new ProactiveDisclosure(DocumentCounts.NONE, DocumentCounts.NONE, 0, 0, 0, Yuan.ZERO,
                        new Publications(85, Map.of(PublicationChannel.WECHAT, 69L, PublicationChannel.OTHER, 16L))),
                new ApplicationTable(rows), new ReviewsAndLawsuits(OutcomeCounts.NONE, OutcomeCounts.NONE, OutcomeCounts.NONE),
                new ProcessingFees(0, Yuan.ZERO), List.of());
    }
}
