package org.disclosureledger.reporting.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableCell.XWPFVertAlign;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.disclosureledger.reporting.document.Grid.Cell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * The report as a Word document (.docx), the form agencies edit and publish: A4 with the margins of 党政机关公文格式
 * (GB/T 9704), the title in 小标宋 二号, headings in 黑体 三号, text in 仿宋 三号 on a 28 pt line, and the tables as real
 * Word tables with the merged cells of the official layout (horizontal spans as grid spans, vertical ones as vertical
 * merges), column headings repeated on each page.
 */
public final class DocxRenderer {
    static final String TITLE_FONT = "方正小标宋简体";
    static final String HEADING_FONT = "黑体";
    static final String TEXT_FONT = "仿宋_GB2312";
    static final String TABLE_FONT = "宋体";
    /** Latin letters and digits of the text and the tables, as usual in 公文. */
    static final String LATIN_FONT = "Times New Roman";

    /** A4 in twentieths of a point, and the margins: 3.7 cm top, 3.5 cm bottom, 2.8 cm left, 2.6 cm right. */
    private static final int PAGE_WIDTH = 11906;
    private static final int PAGE_HEIGHT = 16838;
    private static final int MARGIN_TOP = 2098;
    private static final int MARGIN_BOTTOM = 1984;
    private static final int MARGIN_LEFT = 1587;
    private static final int MARGIN_RIGHT = 1474;
    private static final int TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;
    /** Two characters of 三号 (16 pt). */
    private static final int TWO_CHARACTERS = 640;

    private DocxRenderer() {
    }

    public static byte[] render(ReportDocument document) {
        try (XWPFDocument docx = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            docx.getProperties().getCoreProperties().setTitle(document.title());
            docx.getProperties().getCoreProperties().setCreator("Disclosure Ledger");
            page(docx);
            title(docx, document.title());
            for (ReportDocument.Part part : document.parts()) {
                heading(docx, part.heading());
                if (part instanceof ReportDocument.Narrative narrative) {
                    for (String paragraph : narrative.paragraphs()) {
                        text(docx, paragraph, narrative.missing());
                    }
                } else {
                    ReportDocument.Table table = (ReportDocument.Table) part;
                    table(docx, GridLayout.of(table.table(), table.figures()));
                }
            }
            docx.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report as .docx", e);
        }
    }

    private static void page(XWPFDocument docx) {
        CTSectPr section = docx.getDocument().getBody().isSetSectPr()
                ? docx.getDocument().getBody().getSectPr() : docx.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_WIDTH));
        size.setH(BigInteger.valueOf(PAGE_HEIGHT));
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MARGIN_TOP));
        margins.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
        margins.setLeft(BigInteger.valueOf(MARGIN_LEFT));
        margins.setRight(BigInteger.valueOf(MARGIN_RIGHT));
        margins.setHeader(BigInteger.valueOf(851));
        margins.setFooter(BigInteger.valueOf(992));
    }

    private static void title(XWPFDocument docx, String title) {
        XWPFParagraph paragraph = docx.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        paragraph.setSpacingBetween(36, LineSpacingRule.EXACT);
        paragraph.setSpacingAfter(560);
        run(paragraph, title, TITLE_FONT, TITLE_FONT, 22);
    }

    private static void heading(XWPFDocument docx, String heading) {
        XWPFParagraph paragraph = docx.createParagraph();
        paragraph.setIndentationFirstLine(TWO_CHARACTERS);
        paragraph.setSpacingBetween(28, LineSpacingRule.EXACT);
        paragraph.setKeepNext(true);
        run(paragraph, heading, HEADING_FONT, LATIN_FONT, 16);
    }

    private static void text(XWPFDocument docx, String text, boolean notWritten) {
        XWPFParagraph paragraph = docx.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.BOTH);
        paragraph.setIndentationFirstLine(TWO_CHARACTERS);
        paragraph.setSpacingBetween(28, LineSpacingRule.EXACT);
        XWPFRun run = run(paragraph, text, TEXT_FONT, LATIN_FONT, 16);
        if (notWritten) {
            run.setColor("777777");
        }
    }

    private static XWPFRun run(XWPFParagraph paragraph, String text, String font, String latinFont, double size) {
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        run.setFontSize(size);
        CTRPr properties = run.getCTR().isSetRPr() ? run.getCTR().getRPr() : run.getCTR().addNewRPr();
        CTFonts fonts = properties.sizeOfRFontsArray() > 0 ? properties.getRFontsArray(0) : properties.addNewRFonts();
        fonts.setAscii(latinFont);
        fonts.setHAnsi(latinFont);
        fonts.setEastAsia(font);
        fonts.setCs(latinFont);
        (properties.sizeOfLangArray() > 0 ? properties.getLangArray(0) : properties.addNewLang()).setEastAsia("zh-CN");
        return run;
    }

    /** A Word table on the grid: a cell spanning columns is one cell with a grid span, one spanning rows a vertical merge. */
    private static void table(XWPFDocument docx, Grid grid) {
        int[] widths = columnWidths(grid);
        XWPFTable table = docx.createTable(grid.rowCount(), grid.width());
        table.setTableAlignment(TableRowAlign.CENTER);
        CTTblPr properties = table.getCTTbl().getTblPr();
        CTTblWidth tableWidth = properties.isSetTblW() ? properties.getTblW() : properties.addNewTblW();
        tableWidth.setType(STTblWidth.DXA);
        tableWidth.setW(BigInteger.valueOf(TEXT_WIDTH));
        (properties.isSetTblLayout() ? properties.getTblLayout() : properties.addNewTblLayout()).setType(STTblLayoutType.FIXED);
        table.setTopBorder(XWPFBorderType.SINGLE, 8, 0, "000000");
        table.setBottomBorder(XWPFBorderType.SINGLE, 8, 0, "000000");
        table.setLeftBorder(XWPFBorderType.SINGLE, 8, 0, "000000");
        table.setRightBorder(XWPFBorderType.SINGLE, 8, 0, "000000");
        table.setInsideHBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
        table.setInsideVBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
        table.setCellMargins(28, 40, 28, 40);

        CTTblGrid columns = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid() : table.getCTTbl().getTblGrid();
        while (columns.sizeOfGridColArray() > 0) {
            columns.removeGridCol(0);
        }
        for (int width : widths) {
            columns.addNewGridCol().setW(BigInteger.valueOf(width));
        }

        for (int r = 0; r < grid.rowCount(); r++) {
            XWPFTableRow row = table.getRow(r);
            row.setCantSplitRow(true);
            if (r < grid.headerRows()) {
                row.setRepeatHeader(true);
            }
            for (int c = grid.width() - 1; c >= 0; c--) {
                Cell cell = grid.at(r, c);
                if (c != cell.column()) {
                    row.removeCell(c);
                    continue;
                }
                XWPFTableCell tc = row.getCell(c);
                CTTcPr cellProperties = tc.getCTTc().isSetTcPr() ? tc.getCTTc().getTcPr() : tc.getCTTc().addNewTcPr();
                CTTblWidth cellWidth = cellProperties.isSetTcW() ? cellProperties.getTcW() : cellProperties.addNewTcW();
                cellWidth.setType(STTblWidth.DXA);
                cellWidth.setW(BigInteger.valueOf(span(widths, cell)));
                if (cell.colSpan() > 1) {
                    cellProperties.addNewGridSpan().setVal(BigInteger.valueOf(cell.colSpan()));
                }
                if (cell.rowSpan() > 1) {
                    cellProperties.addNewVMerge().setVal(r == cell.row() ? STMerge.RESTART : STMerge.CONTINUE);
                }
                tc.setVerticalAlignment(XWPFVertAlign.CENTER);
                XWPFParagraph paragraph = tc.getParagraphs().get(0);
                paragraph.setAlignment(cell.role() == Grid.Role.LABEL ? ParagraphAlignment.LEFT : ParagraphAlignment.CENTER);
                paragraph.setSpacingBetween(1.0);
                paragraph.setSpacingAfter(0);
                paragraph.setSpacingBefore(0);
                if (r == cell.row()) {
                    run(paragraph, cell.text(), TABLE_FONT, LATIN_FONT, 10.5);
                }
            }
        }
        docx.createParagraph().setSpacingAfter(0);
    }

    private static int span(int[] widths, Cell cell) {
        int width = 0;
        for (int c = cell.column(); c < cell.column() + cell.colSpan(); c++) {
            width += widths[c];
        }
        return width;
    }

    /** The columns' widths in twips, proportional to the grid's weights, filling the text width exactly. */
    static int[] columnWidths(Grid grid) {
        List<Double> weights = new ArrayList<>(grid.columnWeights());
        double total = weights.stream().mapToDouble(Double::doubleValue).sum();
        int[] widths = new int[weights.size()];
        int used = 0;
        for (int c = 0; c < widths.length; c++) {
            widths[c] = (int) Math.floor(TEXT_WIDTH * weights.get(c) / total);
            used += widths[c];
        }
        widths[widths.length - 1] += TEXT_WIDTH - used;
        return widths;
    }
}
