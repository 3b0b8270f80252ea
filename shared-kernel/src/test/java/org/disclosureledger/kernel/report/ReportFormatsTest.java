package org.disclosureledger.kernel.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.disclosureledger.kernel.report.ReportFormat.Section;
import org.disclosureledger.kernel.report.ReportTable.Heading;
import org.junit.jupiter.api.Test;

class ReportFormatsTest {
    private static final ReportFormat FORMAT_2021 = ReportFormats.bundled().version("2021").orElseThrow();

    /** The row labels of table 三 as printed in the 2021 format (annual-report.md, the sample township report). */
    static final List<String> APPLICATION_ROW_LABELS = List.of(
            "一、本年新收政府信息公开申请数量",
            "二、上年结转政府信息公开申请数量",
            "三、本年度办理结果",
            "（一）予以公开",
            "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
            "（三）不予公开",
            "1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”", "4.保护第三方合法权益",
            "5.属于三类内部事务信息", "6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项",
            "（四）无法提供",
            "1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确",
            "（五）不予处理",
            "1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请",
            "5.要求行政机关确认或重新出具已获取信息",
            "（六）其他处理",
            "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
            "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
            "3.其他",
            "（七）总计",
            "四、结转下年度继续办理");

    @Test
    void theFormatOf2021HasTheSixSectionsInOrder() {
        assertThat(FORMAT_2021.sections()).extracting(Section::numberedHeading).containsExactly(
                "一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
                "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项");
        assertThat(FORMAT_2021.narrativeSections()).containsExactly(
                NarrativeSection.OVERVIEW, NarrativeSection.PROBLEMS_AND_IMPROVEMENTS, NarrativeSection.OTHER_MATTERS);
        assertThat(FORMAT_2021.title(java.util.Map.of("agencyName", "寒葱沟镇人民政府", "year", "2021")))
                .isEqualTo("寒葱沟镇人民政府2021年政府信息公开工作年度报告");
    }

    @Test
    void tableTwoHasTheFourBlocksOfArticleTwenty() {
        ReportTable.Blocks table = (ReportTable.Blocks) FORMAT_2021.sections().get(1).table();
        assertThat(table.blocks()).extracting(ReportTable.Block::heading)
                .containsExactly("第二十条第（一）项", "第二十条第（五）项", "第二十条第（六）项", "第二十条第（八）项");
        assertThat(table.blocks().get(0).columns()).containsExactly("信息内容", "本年制发件数", "本年废止件数", "现行有效件数");
        assertThat(table.blocks().get(0).rows()).extracting(ReportTable.BlockRow::label).containsExactly("规章", "行政规范性文件");
        assertThat(table.blocks().get(2).rows()).extracting(ReportTable.BlockRow::label).containsExactly("行政处罚", "行政强制");
        assertThat(table.blocks().get(3).columns()).containsExactly("信息内容", "本年收费金额（单位：万元）");
        assertThat(table.blocks().get(3).rows().get(0).figures()).containsExactly("proactive.administrativeFeesWanYuan");
        assertThat(table.width()).isEqualTo(4);
    }

    @Test
    void tableThreeHasTheOfficialHeaderAndTwentyFiveRowsWithTheirGroupHeadings() {
        ReportTable.Matrix table = (ReportTable.Matrix) FORMAT_2021.sections().get(2).table();
        assertThat(table.corner()).isEqualTo("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）");
        assertThat(labels(table.columns())).containsExactly("申请人情况", "自然人", "法人或其他组织", "商业企业", "科研机构",
                "社会公益组织", "法律服务机构", "其他", "总计");
        assertThat(table.columnLeaves()).extracting(Heading::key).containsExactlyElementsOf(ReportFigures.APPLICATION_COLUMNS);
        assertThat(labels(table.rows())).containsExactlyElementsOf(APPLICATION_ROW_LABELS);
        assertThat(table.rowLeaves()).extracting(Heading::key).containsExactlyElementsOf(ReportFigures.APPLICATION_ROWS);
        assertThat(table.columnDepth()).isEqualTo(3);
        assertThat(table.rowDepth()).isEqualTo(3);
        assertThat(table.figure(table.rowLeaves().get(0), table.columnLeaves().get(6))).isEqualTo("applications.NEW_THIS_YEAR.TOTAL");
    }

    @Test
    void tableFourHasReviewsAndBothKindsOfLawsuitWithFiveOutcomesEach() {
        ReportTable.Matrix table = (ReportTable.Matrix) FORMAT_2021.sections().get(3).table();
        assertThat(labels(table.columns())).containsExactly(
                "行政复议", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计",
                "行政诉讼", "未经复议直接起诉", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计",
                "复议后起诉", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计");
        assertThat(table.rows()).isEmpty();
        assertThat(table.rowLeaves()).hasSize(1);
        assertThat(table.figure(table.rowLeaves().get(0), table.columnLeaves().get(14)))
                .isEqualTo("reviewsAndLawsuits.lawsuitAfterReview.TOTAL");
    }

    @Test
    void sectionSixMustStateTheProcessingFeesAndSaysSoByDefault() {
        Section six = FORMAT_2021.section(NarrativeSection.OTHER_MATTERS).orElseThrow();
        assertThat(six.mustQuoteOneOf()).contains("processingFees.amountYuan");
        var figures = new java.util.HashMap<>(ReportFigures.of(ReportFixtures.township2021()));
        assertThat(six.defaultText().choose(figures)).isEqualTo("本年度未收取政府信息公开信息处理费。");
        figures.put("processingFees.amountYuan", "3000.00");
        figures.put("processingFees.applications", "1");
        assertThat(six.defaultText().choose(figures)).isEqualTo("本年度共收取政府信息公开信息处理费3000.00元，涉及1件政府信息公开申请。");
    }

    @Test
    void theFormatOfAYearIsTheOneCoveringIt() {
        assertThat(ReportFormats.bundled().forYear(2021)).contains(FORMAT_2021);
        assertThat(ReportFormats.bundled().forYear(2025)).contains(FORMAT_2021);
        assertThat(ReportFormats.bundled().forYear(2018)).isEmpty();
    }

    @Test
    void aFormatFileNamingAnUnknownFigureIsRejectedWithThePlace() throws Exception {
        ObjectNode json = read2021();
        ((ObjectNode) json.at("/sections/1/table/blocks/1/rows/0")).putArray("figures").add("proactive.licence");
        assertThatThrownBy(() -> ReportFormats.read(json, "broken.json"))
                .hasMessage("broken.json at sections[1].table.blocks[1].rows[0].figures: unknown figure 'proactive.licence'");
    }

    @Test
    void aFormatFileWhoseMatrixCellNamesNoFigureIsRejected() throws Exception {
        ObjectNode json = read2021();
        ((ObjectNode) json.at("/sections/2/table")).put("cell", "applications.{column}.{row}");
        assertThatThrownBy(() -> ReportFormats.read(json, "broken.json"))
                .hasMessageStartingWith("broken.json at sections[2].table.cell (row NEW_THIS_YEAR, column NATURAL_PERSON): unknown figure");
    }

    @Test
    void aFormatFileWithAnUnknownNarrativeIsRejected() throws Exception {
        ObjectNode json = read2021();
        ((ObjectNode) json.at("/sections/0")).put("narrative", "SUMMARY");
        assertThatThrownBy(() -> ReportFormats.read(json, "broken.json"))
                .hasMessageStartingWith("broken.json at sections[0]: narrative: unknown code 'SUMMARY'");
    }

    private static ObjectNode read2021() throws Exception {
        try (InputStream in = ReportFormats.class.getResourceAsStream("/org/disclosureledger/kernel/report-formats/2021.json")) {
            return (ObjectNode) new ObjectMapper().readTree(in);
        }
    }

    private static List<String> labels(List<Heading> headings) {
        List<String> labels = new ArrayList<>();
        for (Heading heading : headings) {
            labels.add(heading.label());
            labels.addAll(labels(heading.children()));
        }
        return labels;
    }
}
