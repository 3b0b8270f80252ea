package org.disclosureledger.reporting.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.disclosureledger.kernel.report.AnnualReport;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

class DocxRendererTest {

    @Test
    void theTownshipReportHasTheTitleTheSectionsAndThreeTablesInPlace() throws Exception {
        try (XWPFDocument docx = open(SampleReports.township2021())) {
            List<String> paragraphs = new ArrayList<>();
            List<String> order = new ArrayList<>();
            for (IBodyElement element : docx.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph && !paragraph.getText().isEmpty()) {
                    paragraphs.add(paragraph.getText());
                    if (OfficialLabels.SECTIONS.contains(paragraph.getText())) {
                        order.add(paragraph.getText());
                    }
                } else if (element instanceof XWPFTable) {
                    order.add("table");
                }
            }
            assertThat(paragraphs.get(0)).isEqualTo("寒葱沟镇人民政府2021年政府信息公开工作年度报告");
            assertThat(order).containsExactly("一、总体情况", "二、主动公开政府信息情况", "table", "三、收到和处理政府信息公开申请情况", "table",
                    "四、政府信息公开行政复议、行政诉讼情况", "table", "五、存在的主要问题及改进情况", "六、其他需要报告的事项");
            assertThat(paragraphs).contains("2021年，全镇一共公开信息85条，其中微信公众号公开69条，其他方式公开16条。",
                    "2.信息公开实效性需进一步增强。", "本年度未收取政府信息公开信息处理费。");
            assertThat(docx.getProperties().getCoreProperties().getTitle()).isEqualTo("寒葱沟镇人民政府2021年政府信息公开工作年度报告");
        }
    }

    @Test
    void everyOfficialLabelOfTheTablesIsThereInOrder() throws Exception {
        try (XWPFDocument docx = open(SampleReports.township2021())) {
            List<String> labels = new ArrayList<>();
            for (XWPFTable table : docx.getTables()) {
                for (XWPFTableRow row : table.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        String text = cell.getText();
                        if (!text.isEmpty() && !text.matches("[0-9.]+")) {
                            labels.add(text);
                        }
                    }
                }
            }
            assertThat(labels).containsExactlyElementsOf(OfficialLabels.allTableLabels());
        }
    }

    @Test
    void mergedCellsAreGridSpansAndVerticalMerges() throws Exception {
        try (XWPFDocument docx = open(SampleReports.township2021())) {
            XWPFTable three = docx.getTables().get(1);
            assertThat(three.getCTTbl().getTblGrid().sizeOfGridColArray()).isEqualTo(10);
            XWPFTableCell corner = three.getRow(0).getCell(0);
            assertThat(corner.getText()).startsWith("（本列数据的勾稽关系为");
            assertThat(corner.getCTTc().getTcPr().getGridSpan().getVal().intValue()).isEqualTo(3);
            assertThat(corner.getCTTc().getTcPr().getVMerge().getVal()).isEqualTo(STMerge.RESTART);
            CTTcPr below = three.getRow(1).getCell(0).getCTTc().getTcPr();
            assertThat(below.getVMerge().isSetVal() ? below.getVMerge().getVal() : STMerge.CONTINUE).isEqualTo(STMerge.CONTINUE);
            assertThat(three.getRow(0).getCell(1).getText()).isEqualTo("申请人情况");
            assertThat(three.getRow(0).getCell(1).getCTTc().getTcPr().getGridSpan().getVal().intValue()).isEqualTo(7);
            assertThat(three.getRow(0).isRepeatHeader()).isTrue();
            assertThat(three.getRow(3).isRepeatHeader()).isFalse();
        }
    }

    @Test
    void eachFigureIsInTheCellOfItsRowAndColumn() throws Exception {
        try (XWPFDocument docx = open(SampleReports.everyCellDifferent())) {
            List<LogicalTable> tables = docx.getTables().stream().map(DocxRendererTest::logical).toList();

            LogicalTable two = tables.get(0);
            assertThat(two.at(two.rowOf("规章", 1), two.columnOf("本年废止件数", two.rows()))).isEqualTo("2");
            assertThat(two.at(two.rowOf("行政规范性文件", 1), 3)).isEqualTo("6");
            assertThat(two.at(two.rowOf("行政处罚", 1), 1)).isEqualTo("8");
            assertThat(two.at(two.rowOf("行政事业性收费", 1), 3)).isEqualTo("1.234567");

            LogicalTable three = tables.get(1);
            SampleReports.assertDistinctFiguresOfTableThree(three);
            assertThat(three.at(three.rowOf("3.补正后申请内容仍不明确", 3), 1)).isEqualTo("（四）无法提供");
            assertThat(three.at(three.rowOf("3.其他", 3), 0)).isEqualTo("三、本年度办理结果");

            LogicalTable four = tables.get(2);
            List<String> figures = new ArrayList<>();
            for (int c = 0; c < 15; c++) {
                figures.add(four.at(3, c));
            }
            assertThat(figures).containsExactly("11", "12", "13", "14", "15", "21", "22", "23", "24", "25", "31", "32", "33", "34", "35");
            assertThat(four.at(1, 0)).isEqualTo("结果维持");
            assertThat(four.at(2, 0)).as("a review outcome spans two heading rows").isEqualTo("结果维持");
            assertThat(four.at(0, 14)).isEqualTo("行政诉讼");
            assertThat(four.at(1, 12)).isEqualTo("复议后起诉");
            assertThat(four.at(2, 14)).isEqualTo("总计");
        }
    }

    private static XWPFDocument open(AnnualReport report) throws Exception {
        byte[] bytes = DocxRenderer.render(SampleReports.document(report));
        return new XWPFDocument(new ByteArrayInputStream(bytes));
    }

    /** The table's grid of slots: a cell with a grid span covers that many columns; a continued vertical merge shows the text above. */
    private static LogicalTable logical(XWPFTable table) {
        LogicalTable logical = new LogicalTable();
        for (int r = 0; r < table.getRows().size(); r++) {
            int column = 0;
            for (XWPFTableCell cell : table.getRow(r).getTableCells()) {
                CTTcPr properties = cell.getCTTc().getTcPr();
                int span = properties != null && properties.isSetGridSpan() ? properties.getGridSpan().getVal().intValue() : 1;
                boolean continued = properties != null && properties.isSetVMerge()
                        && (!properties.getVMerge().isSetVal() || properties.getVMerge().getVal() == STMerge.CONTINUE);
                String text = continued ? logical.at(r - 1, column) : cell.getText();
                for (int c = 0; c < span; c++) {
                    logical.put(r, column + c, text);
                }
                column += span;
            }
        }
        return logical;
    }
}
