package org.disclosureledger.reporting.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.disclosureledger.kernel.report.AnnualReport;
import org.disclosureledger.kernel.report.ReportFigures;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class HtmlRendererTest {

    @Test
    void theTownshipReportHasTheTitleAndTheSixSectionsInOrder() throws Exception {
        Document html = parse(SampleReports.township2021());
        assertThat(texts(html, "title")).containsExactly("寒葱沟镇人民政府2021年政府信息公开工作年度报告");
        assertThat(texts(html, "h1")).containsExactly("寒葱沟镇人民政府2021年政府信息公开工作年度报告");
        assertThat(texts(html, "h2")).containsExactlyElementsOf(OfficialLabels.SECTIONS);
        assertThat(html.getElementsByTagName("table").getLength()).isEqualTo(3);
    }

    @Test
    void everyOfficialLabelOfTheTablesIsThereInOrder() throws Exception {
        Document html = parse(SampleReports.township2021());
        assertThat(texts(html, "th")).containsExactlyElementsOf(OfficialLabels.allTableLabels());
    }

    @Test
    void theNarrativeQuotesTheFiguresOfTheRecords() throws Exception {
        Document html = parse(SampleReports.township2021());
        List<String> section1 = paragraphs(html, "section-1");
        assertThat(section1).contains("2021年，全镇一共公开信息85条，其中微信公众号公开69条，其他方式公开16条。", "（一）主动公开情况");
        assertThat(paragraphs(html, "section-5")).containsExactly("（一）存在的主要问题:", "1.我镇政务公开信息的社会知晓率还不够高。",
                "2.信息公开实效性需进一步增强。");
        assertThat(paragraphs(html, "section-6")).containsExactly("本年度未收取政府信息公开信息处理费。");
    }

    @Test
    void theTownshipsTablesHoldItsZeros() throws Exception {
        Document html = parse(SampleReports.township2021());
        List<String> figures = texts(html, "td");
        assertThat(figures).hasSize(10 + 25 * 7 + 15).containsOnly("0");
    }

    @Test
    void eachFigureIsInTheCellOfItsRowAndColumn() throws Exception {
        AnnualReport report = SampleReports.everyCellDifferent();
        Document html = parse(report);
        List<LogicalTable> tables = tables(html);

        LogicalTable two = tables.get(0);
        assertThat(two.at(two.rowOf("规章", 1), two.columnOf("本年废止件数", two.rows()))).isEqualTo("2");
        assertThat(two.at(two.rowOf("行政规范性文件", 1), 3)).isEqualTo("6");
        assertThat(two.at(two.rowOf("行政许可", 1), 1)).isEqualTo("7");
        assertThat(two.at(two.rowOf("行政强制", 1), 1)).isEqualTo("9");
        assertThat(two.at(two.rowOf("行政事业性收费", 1), 1)).isEqualTo("1.234567");
        assertThat(two.at(two.rowOf("行政事业性收费", 1), 3)).as("the fee spans the block's width").isEqualTo("1.234567");

        LogicalTable three = tables.get(1);
        SampleReports.assertDistinctFiguresOfTableThree(three);
        assertThat(three.at(three.rowOf("1.属于国家秘密", 3), 0)).isEqualTo("三、本年度办理结果");
        assertThat(three.at(three.rowOf("1.属于国家秘密", 3), 1)).isEqualTo("（三）不予公开");
        assertThat(three.at(three.rowOf("（一）予以公开", 3), 2)).as("a result of its own spans two label columns").isEqualTo("（一）予以公开");
        assertThat(three.at(2, 0)).as("the corner spans the three heading rows")
                .isEqualTo("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）");
        assertThat(three.at(2, 5)).isEqualTo("科研机构");
        assertThat(three.at(0, 9)).isEqualTo("申请人情况");
        assertThat(three.at(1, 8)).isEqualTo("法人或其他组织");

        LogicalTable four = tables.get(2);
        assertThat(four.rows()).isEqualTo(4);
        List<String> figures = new ArrayList<>();
        for (int c = 0; c < 15; c++) {
            figures.add(four.at(3, c));
        }
        assertThat(figures).containsExactly("11", "12", "13", "14", "15", "21", "22", "23", "24", "25", "31", "32", "33", "34", "35");
        assertThat(four.at(0, 4)).isEqualTo("行政复议");
        assertThat(four.at(2, 4)).as("a review outcome spans two heading rows").isEqualTo("总计");
        assertThat(four.at(0, 14)).isEqualTo("行政诉讼");
        assertThat(four.at(1, 9)).isEqualTo("未经复议直接起诉");
        assertThat(four.at(2, 10)).isEqualTo("结果维持");
        assertThat(four.at(1, 14)).isEqualTo("复议后起诉");
    }

    @Test
    void everyFigureCellNamesItsFigure() throws Exception {
        AnnualReport report = SampleReports.everyCellDifferent();
        Map<String, String> figures = ReportFigures.of(report);
        NodeList cells = parse(report).getElementsByTagName("td");
        for (int i = 0; i < cells.getLength(); i++) {
            Element cell = (Element) cells.item(i);
            assertThat(cell.getTextContent()).isEqualTo(figures.get(cell.getAttribute("data-figure")));
        }
    }

    @Test
    void staffTextIsEscaped() throws Exception {
        var narratives = SampleReports.narratives();
        narratives.put(org.disclosureledger.kernel.report.NarrativeSection.PROBLEMS_AND_IMPROVEMENTS, "<script>alert(1)</script> & “引号”");
        ReportDocument document = ReportDocuments.assemble(SampleReports.township2021(), SampleReports.FORMAT_2021, narratives);
        String html = HtmlRenderer.render(document);
        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; “引号”");
    }

    static Document parse(AnnualReport report) throws Exception {
        String html = HtmlRenderer.render(SampleReports.document(report));
        assertThat(html).startsWith("<!DOCTYPE html>");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> texts(Document html, String tag) {
        List<String> texts = new ArrayList<>();
        NodeList nodes = html.getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    private static List<String> paragraphs(Document html, String sectionId) {
        NodeList sections = html.getElementsByTagName("section");
        for (int i = 0; i < sections.getLength(); i++) {
            Element section = (Element) sections.item(i);
            if (section.getAttribute("id").equals(sectionId)) {
                List<String> paragraphs = new ArrayList<>();
                NodeList ps = section.getElementsByTagName("p");
                for (int p = 0; p < ps.getLength(); p++) {
                    paragraphs.add(ps.item(p).getTextContent());
                }
                return paragraphs;
            }
        }
        throw new AssertionError("no section " + sectionId);
    }

    /** The tables as grids of slots, following rowspan and colspan. */
    private static List<LogicalTable> tables(Document html) {
        List<LogicalTable> tables = new ArrayList<>();
        NodeList nodes = html.getElementsByTagName("table");
        for (int t = 0; t < nodes.getLength(); t++) {
            LogicalTable table = new LogicalTable();
            NodeList rows = ((Element) nodes.item(t)).getElementsByTagName("tr");
            for (int r = 0; r < rows.getLength(); r++) {
                int column = 0;
                NodeList cells = rows.item(r).getChildNodes();
                for (int c = 0; c < cells.getLength(); c++) {
                    if (!(cells.item(c) instanceof Element cell)) {
                        continue;
                    }
                    while (table.isTaken(r, column)) {
                        column++;
                    }
                    int rowSpan = cell.hasAttribute("rowspan") ? Integer.parseInt(cell.getAttribute("rowspan")) : 1;
                    int colSpan = cell.hasAttribute("colspan") ? Integer.parseInt(cell.getAttribute("colspan")) : 1;
                    for (int dr = 0; dr < rowSpan; dr++) {
                        for (int dc = 0; dc < colSpan; dc++) {
                            table.put(r + dr, column + dc, cell.getTextContent());
                        }
                    }
                    column += colSpan;
                }
            }
            tables.add(table);
        }
        return tables;
    }
}
