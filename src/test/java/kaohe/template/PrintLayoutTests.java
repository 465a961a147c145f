package kaohe.template;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * A sheet is fitted to the page width only where both office suites keep it at 8 pt: LibreOffice draws a width unit
 * 7.4 px wide where Excel draws it 7, and a column left at the default width 64 px in both.
 */
class PrintLayoutTests {

    @Test
    void columnsThatFitAtEightPointsInExcelButNotInLibreOfficeArePrintedAtTheLegibleScaleAcrossPages() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = columns(workbook, 10, 19);

            PrintLayout.readable(sheet, 0, 10, 2);

            // 190 units: 74 % by Excel's 7 px a unit, 70 % by LibreOffice's 7.4 px.
            assertThat(sheet.getFitToPage()).isFalse();
            assertThat(sheet.getPrintSetup().getScale()).isEqualTo((short) PrintLayout.LEGIBLE_SCALE);
            assertThat(sheet.getRepeatingColumns()).isNotNull();
        }
    }

    @Test
    void aColumnLeftAtTheDefaultWidthCountsAsTheSixtyFourPixelsBothSuitesDrawIt() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("默认列宽");

            // 22 default columns: 1,408 px, 70 % of the printable width; counted as 8 units of 7 px they made 80 %.
            assertThat(PrintLayout.scaleToFit(sheet, 22)).isEqualTo(70);
        }
    }

    @Test
    void narrowColumnsAreFittedToThePageWidth() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = columns(workbook, 6, 20);

            PrintLayout.readable(sheet, 0, 6, 2);

            assertThat(sheet.getFitToPage()).isTrue();
            assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(PrintLayout.scaleToFit(sheet, 6)).isGreaterThanOrEqualTo(PrintLayout.LEGIBLE_SCALE);
        }
    }

    /** A sheet of {@code count} columns, each {@code units} wide. */
    private static Sheet columns(XSSFWorkbook workbook, int count, int units) {
        Sheet sheet = workbook.createSheet(count + " 列");
        for (int c = 0; c < count; c++) {
            sheet.setColumnWidth(c, units * 256);
        }
        return sheet;
    }
}
