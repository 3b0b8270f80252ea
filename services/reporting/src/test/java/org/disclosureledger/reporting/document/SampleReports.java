package org.disclosureledger.reporting.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.disclosureledger.kernel.AgencyCode;
import org.disclosureledger.kernel.application.ApplicantCategory;
import org.disclosureledger.kernel.money.Yuan;
import org.disclosureledger.kernel.proactive.PublicationChannel;
import org.disclosureledger.kernel.report.AnnualReport;
import org.disclosureledger.kernel.report.ApplicantCounts;
import org.disclosureledger.kernel.report.ApplicationTable;
import org.disclosureledger.kernel.report.DocumentCounts;
import org.disclosureledger.kernel.report.NarrativeSection;
import org.disclosureledger.kernel.report.OutcomeCounts;
import org.disclosureledger.kernel.report.ProactiveDisclosure;
import org.disclosureledger.kernel.report.ProcessingFees;
import org.disclosureledger.kernel.report.Publications;
import org.disclosureledger.kernel.report.ReportFigures;
import org.disclosureledger.kernel.report.ReportFormat;
import org.disclosureledger.kernel.report.ReportFormats;
import org.disclosureledger.kernel.report.ReviewCountingPolicy;
import org.disclosureledger.kernel.report.ReviewsAndLawsuits;

/** Annual reports built by hand for the renderers' tests (the report calculator is another part). */
public final class SampleReports {
    public static final ReportFormat FORMAT_2021 = ReportFormats.bundled().version("2021").orElseThrow();

    /** Section 一 of the sample township's report, its figures quoted as placeholders. */
    public static final String OVERVIEW = """
            2021年我镇认真贯彻落实《中华人民共和国政府信息公开条例》及省、市人民政府有关文件精神，高度重视我镇信息公开工作。
            （一）主动公开情况
            2021年，全镇一共公开信息{{publications.total}}条，其中微信公众号公开{{publications.byChannel.WECHAT}}条，其他方式公开{{publications.byChannel.OTHER}}条。
            （二）依申请公开情况
            2021年度我镇无依申请公开事项。""";

    public static final String PROBLEMS = """
            （一）存在的主要问题:
            1.我镇政务公开信息的社会知晓率还不够高。
            2.信息公开实效性需进一步增强。""";

    private SampleReports() {
    }

    /** The sample township of 2021 (寒葱沟镇): 85 items published, 69 on WeChat and 16 otherwise; every other figure 0. */
    public static AnnualReport township2021() {
        return report(AgencyCode.of("hancong"), "寒葱沟镇人民政府",
                new ProactiveDisclosure(DocumentCounts.NONE, DocumentCounts.NONE, 0, 0, 0, Yuan.ZERO,
                        new Publications(85, Map.of(PublicationChannel.WECHAT, 69L, PublicationChannel.OTHER, 16L))),
                rows((row, column) -> 0L), new ReviewsAndLawsuits(OutcomeCounts.NONE, OutcomeCounts.NONE, OutcomeCounts.NONE),
                new ProcessingFees(0, Yuan.ZERO));
    }

    /**
     * A report whose every cell holds a different number, so that a figure in the wrong cell shows: table 三 row i
     * (0-based, printed order), column j holds 100·(i+1)+j; table 四 holds 11–15, 21–25, 31–35; table 二 holds 1–9 and
     * 12,345.67 元 of fees (1.234567 万元); 2 processing fees paid, 300 元.
     */
    public static AnnualReport everyCellDifferent() {
        return report(AgencyCode.of("distinct"), "示例县人民政府",
                new ProactiveDisclosure(new DocumentCounts(1, 2, 3), new DocumentCounts(4, 5, 6), 7, 8, 9,
                        new Yuan(new BigDecimal("12345.67")), new Publications(10, Map.of(PublicationChannel.WEBSITE, 10L))),
                rows(SampleReports::distinctFigure),
                new ReviewsAndLawsuits(new OutcomeCounts(11, 12, 13, 14, 15), new OutcomeCounts(21, 22, 23, 24, 25),
                        new OutcomeCounts(31, 32, 33, 34, 35)),
                new ProcessingFees(2, Yuan.of(300)));
    }

    /** The figure of {@link #everyCellDifferent()} in table 三, row (0-based, printed order) and column. */
    public static long distinctFigure(int row, int column) {
        return 100L * (row + 1) + column;
    }

    /** Every figure of table 三 of {@link #everyCellDifferent()} sits under its row's label and its column's heading. */
    static void assertDistinctFiguresOfTableThree(LogicalTable three) {
        for (int r = 0; r < OfficialLabels.TABLE_THREE_FIGURE_ROWS.size(); r++) {
            int row = three.rowOf(OfficialLabels.TABLE_THREE_FIGURE_ROWS.get(r), 3);
            for (int c = 0; c < OfficialLabels.TABLE_THREE_COLUMNS.size(); c++) {
                int column = three.columnOf(OfficialLabels.TABLE_THREE_COLUMNS.get(c), 3);
                assertThat(three.at(row, column))
                        .as(OfficialLabels.TABLE_THREE_FIGURE_ROWS.get(r) + " / " + OfficialLabels.TABLE_THREE_COLUMNS.get(c))
                        .isEqualTo(String.valueOf(distinctFigure(r, c)));
            }
        }
    }

    public static Map<NarrativeSection, String> narratives() {
        Map<NarrativeSection, String> narratives = new EnumMap<>(NarrativeSection.class);
        narratives.put(NarrativeSection.OVERVIEW, OVERVIEW);
        narratives.put(NarrativeSection.PROBLEMS_AND_IMPROVEMENTS, PROBLEMS);
        return narratives;
    }

    public static ReportDocument document(AnnualReport report) {
        return ReportDocuments.assemble(report, FORMAT_2021, narratives());
    }

    private interface Cell {
        long value(int row, int column);
    }

    private static ApplicationTable rows(Cell cell) {
        Map<String, ApplicantCounts> rows = new LinkedHashMap<>();
        List<String> codes = ReportFigures.APPLICATION_ROWS;
        for (int r = 0; r < codes.size(); r++) {
            List<Long> columns = new ArrayList<>();
            for (int c = 0; c <= ApplicantCategory.values().length; c++) {
                columns.add(cell.value(r, c));
            }
            rows.put(codes.get(r), new ApplicantCounts(columns));
        }
        return new ApplicationTable(rows);
    }

    private static AnnualReport report(AgencyCode agency, String name, ProactiveDisclosure proactive, ApplicationTable applications,
                                       ReviewsAndLawsuits reviews, ProcessingFees fees) {
        return new AnnualReport(agency, name, 2021, "2021", false, ReviewCountingPolicy.FILED_IN_YEAR, proactive, applications,
                reviews, fees, List.of());
    }
}
