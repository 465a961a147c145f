package kaohe.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.Comparator;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;

/** The 通报's annex tables as the office prints them: columns as wide as what they hold, on the 版心's width. */
class BulletinTablesTests {

    private static List<XWPFTable> tables(XWPFDocument docx) {
        return docx.getTables();
    }

    private static XWPFDocument bulletin() throws Exception {
        PeriodReportData data = ReportSamples.period();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BulletinDocument.write(Bulletin.of(data, java.time.LocalDate.of(2019, 7, 10)), ReportSamples.form(), out);
        return new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
    }

    private static List<Integer> grid(XWPFTable table) {
        return table.getCTTbl().getTblGrid().getGridColList().stream().map(c -> ((BigInteger) c.getW()).intValue()).toList();
    }

    @Test
    void everyUnitsNameInTheRankingsFitsOnOneLine() throws Exception {
        try (XWPFDocument docx = bulletin()) {
            List<XWPFTable> rankings = tables(docx).stream().filter(t -> t.getRow(0).getCell(1).getText().equals("单位")).toList();
            assertThat(rankings).as("the counties' and the departments' rankings").hasSize(2);
            for (XWPFTable table : rankings) {
                String longest = table.getRows().stream().skip(1).map(r -> r.getCell(1).getText())
                        .max(Comparator.comparingDouble(BulletinDocument::charWidth)).orElseThrow();
                double room = (grid(table).get(1) - BulletinDocument.CELL_PADDING) / (double) BulletinDocument.TABLE_CHARACTER;
                assertThat(room).as("字 of room for %s", longest).isGreaterThanOrEqualTo(BulletinDocument.charWidth(longest));
            }
        }
    }

    /** With long targets beside them, a code, a 全市值 of 未报送 or a heading were broken a character per line. */
    @Test
    void noShortWordOrHeaderIsBrokenEvenBesideLongTargets() throws Exception {
        try (XWPFDocument docx = bulletin()) {
            XWPFTable behind = tables(docx).stream().filter(t -> t.getRow(0).getCell(0).getText().equals("编码")).findFirst().orElseThrow();
            assertThat(behind.getRows().stream().skip(1).map(r -> r.getCell(2).getText()))
                    .as("targets too long for one line, so the columns must share").anyMatch(t -> BulletinDocument.charWidth(t) > 20);
            for (XWPFTable table : tables(docx)) {
                List<Integer> grid = grid(table);
                for (int r = 0; r < table.getRows().size(); r++) {
                    var row = table.getRow(r);
                    for (int c = 0; c < row.getTableCells().size(); c++) {
                        String text = row.getCell(c).getText();
                        double room = (grid.get(c) - BulletinDocument.CELL_PADDING) / (double) BulletinDocument.TABLE_CHARACTER;
                        double width = BulletinDocument.charWidth(text);
                        if (r == 0) {
                            assertThat(room).as("字 of room for the heading %s, on at most two lines", text)
                                    .isGreaterThanOrEqualTo(width <= 3 ? width : Math.ceil(width / 2));
                        } else if (width <= 4) {
                            assertThat(room).as("字 of room for %s", text).isGreaterThanOrEqualTo(width);
                        }
                    }
                }
            }
        }
    }

    @Test
    void eachTableFillsTheTextWidthAndEachCellSaysItsColumnsWidth() throws Exception {
        try (XWPFDocument docx = bulletin()) {
            assertThat(tables(docx)).isNotEmpty();
            for (XWPFTable table : tables(docx)) {
                List<Integer> grid = grid(table);
                assertThat(grid.stream().mapToInt(Integer::intValue).sum()).isEqualTo(BulletinDocument.TEXT_WIDTH);
                assertThat(table.getCTTbl().getTblPr().getTblLayout().getType().toString()).isEqualTo("fixed");
                for (var row : table.getRows()) {
                    List<XWPFTableCell> cells = row.getTableCells();
                    for (int c = 0; c < cells.size(); c++) {
                        assertThat(cells.get(c).getWidth()).isEqualTo(grid.get(c));
                    }
                }
            }
        }
    }
    /**
     * A 10,000-unit quarter's annex held 313 MB of heap when every cell repeated its font, size, language, alignment
     * and grid setting; the 通报 ran out of a 1 GB heap. A body cell now holds its text and names one style.
     */
    @Test
    void aBodyCellHoldsItsTextAloneAndTakesSmallFourFangsongCentredFromOneStyle() throws Exception {
        try (XWPFDocument docx = bulletin()) {
            var cell = tables(docx).get(0).getRow(1).getCell(1).getParagraphs().get(0);
            assertThat(cell.getText()).isNotBlank();
            assertThat(cell.getStyle()).isEqualTo("TableText");
            assertThat(cell.getRuns()).allSatisfy(run -> assertThat(run.getCTR().isSetRPr()).as("direct formatting").isFalse());
            assertThat(cell.getCTP().getPPr().isSetJc()).isFalse();
            var style = docx.getStyles().getStyle("TableText").getCTStyle();
            assertThat(((BigInteger) style.getRPr().getSzArray(0).getVal()).intValue()).as("half-points").isEqualTo(24);
            assertThat(style.getRPr().getRFontsArray(0).getEastAsia()).isEqualTo(BulletinDocument.BODY_FONT);
            assertThat(style.getPPr().getJc().getVal().toString()).isEqualTo("center");
            assertThat(style.getPPr().isSetSnapToGrid()).isTrue();
            var heading = tables(docx).get(0).getRow(0).getCell(1).getParagraphs().get(0);
            assertThat(heading.getRuns().get(0).getFontSize()).as("headings keep their own 黑体").isEqualTo(12);
        }
    }
}
