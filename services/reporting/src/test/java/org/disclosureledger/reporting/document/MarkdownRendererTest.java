package org.disclosureledger.reporting.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.disclosureledger.kernel.report.NarrativeSection;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

    @Test
    void theTownshipReportHasTheTitleTheSectionsAndTheNarrative() {
        String md = MarkdownRenderer.render(SampleReports.document(SampleReports.township2021()));
        List<String> lines = md.lines().toList();
        assertThat(lines.get(0)).isEqualTo("# 寒葱沟镇人民政府2021年政府信息公开工作年度报告");
        assertThat(lines.stream().filter(line -> line.startsWith("## ")).map(line -> line.substring(3)))
                .containsExactlyElementsOf(OfficialLabels.SECTIONS);
        assertThat(lines).contains("\u3000\u30002021年，全镇一共公开信息85条，其中微信公众号公开69条，其他方式公开16条。",
                "\u3000\u3000本年度未收取政府信息公开信息处理费。");
        assertThat(md).doesNotContain("\n\n\n");
    }

    @Test
    void everyOfficialLabelOfTheTablesIsThereInOrder() {
        String md = MarkdownRenderer.render(SampleReports.document(SampleReports.township2021()));
        List<String> labels = new ArrayList<>();
        for (String line : md.lines().toList()) {
            if (line.startsWith("**") && line.endsWith("**")) {
                labels.add(line.substring(2, line.length() - 2));
            }
            if (line.startsWith("|") && !isAlignment(line)) {
                for (String cell : cells(line)) {
                    String label = cell.replace("**", "").replace("\u3000", "");
                    if (!label.isEmpty() && !label.matches("[0-9.]+")) {
                        labels.add(label);
                    }
                }
            }
        }
        assertThat(labels).containsExactlyElementsOf(OfficialLabels.allTableLabels());
    }

    @Test
    void eachFigureIsInTheRowOfItsLabelAndTheColumnOfItsHeading() {
        String md = MarkdownRenderer.render(SampleReports.document(SampleReports.everyCellDifferent()));
        List<List<String>> three = table(md, "## 三、收到和处理政府信息公开申请情况");
        assertThat(three.get(1).subList(1, 8)).containsExactly("**自然人**", "**法人或其他组织**", "", "", "", "", "**总计**");
        assertThat(three.get(2).subList(1, 8)).containsExactly("", "**商业企业**", "**科研机构**", "**社会公益组织**", "**法律服务机构**", "**其他**", "");
        for (int r = 0; r < OfficialLabels.TABLE_THREE_FIGURE_ROWS.size(); r++) {
            String label = OfficialLabels.TABLE_THREE_FIGURE_ROWS.get(r);
            List<String> row = three.stream().filter(cells -> cells.get(0).replace("\u3000", "").equals(label)).findFirst().orElseThrow();
            List<String> expected = new ArrayList<>();
            for (int c = 0; c < 7; c++) {
                expected.add(String.valueOf(SampleReports.distinctFigure(r, c)));
            }
            assertThat(row.subList(1, 8)).as(label).containsExactlyElementsOf(expected);
        }
        List<String> group = three.stream().filter(cells -> cells.get(0).contains("（三）不予公开")).findFirst().orElseThrow();
        assertThat(group.get(0)).isEqualTo("\u3000**（三）不予公开**");
        assertThat(group.subList(1, 8)).containsOnly("");

        List<List<String>> four = table(md, "## 四、政府信息公开行政复议、行政诉讼情况");
        assertThat(four.get(0).get(0)).isEqualTo("行政复议");
        assertThat(four.get(0).get(5)).isEqualTo("行政诉讼");
        assertThat(four.get(1).get(5)).isEqualTo("**未经复议直接起诉**");
        assertThat(four.get(3)).containsExactly("11", "12", "13", "14", "15", "21", "22", "23", "24", "25", "31", "32", "33", "34", "35");

        List<List<String>> fees = table(md, "**第二十条第（八）项**");
        assertThat(fees.get(0)).containsExactly("信息内容", "本年收费金额（单位：万元）");
        assertThat(fees.get(1)).containsExactly("行政事业性收费", "1.234567");
    }

    @Test
    void markdownInStaffTextPrintsAsWritten() {
        var narratives = SampleReports.narratives();
        narratives.put(NarrativeSection.PROBLEMS_AND_IMPROVEMENTS, "# 不是标题 *不是强调* a|b");
        String md = MarkdownRenderer.render(ReportDocuments.assemble(SampleReports.township2021(), SampleReports.FORMAT_2021, narratives));
        assertThat(md).contains("\u3000\u3000\\# 不是标题 \\*不是强调\\* a\\|b");
    }

    /** The rows of the first table after {@code marker}, header row first, without the alignment row. */
    private static List<List<String>> table(String md, String marker) {
        List<String> lines = md.lines().toList();
        int at = lines.indexOf(marker);
        assertThat(at).as(marker).isNotNegative();
        List<List<String>> rows = new ArrayList<>();
        int i = at + 1;
        while (!lines.get(i).startsWith("|")) {
            i++;
        }
        for (; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            if (!isAlignment(lines.get(i))) {
                rows.add(cells(lines.get(i)));
            }
        }
        return rows;
    }

    private static boolean isAlignment(String line) {
        return line.matches("\\|( :?---:? \\|)+");
    }

    private static List<String> cells(String line) {
        String inner = line.substring(1, line.length() - 1);
        return Arrays.stream(inner.split("(?<!\\\\)\\|", -1)).map(String::trim).toList();
    }
}
