package kaohe.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.ComparisonOperator;
import org.apache.poi.ss.usermodel.ConditionalFormatting;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The staff workbook's lights, read back and applied as Excel does: the first rule in priority that holds fills the cell. */
class WorkbookColoursTests {

    @ParameterizedTest(name = "{0} in [{1}, {2}) -> {3}")
    @CsvSource(textBlock = """
            0.7999, 0.8, 1,  ROSE
            0.8,    0.8, 1,  LIGHT_YELLOW
            0.9999, 0.8, 1,  LIGHT_YELLOW
            1,      0.8, 1,  LIGHT_GREEN
            59.99,  60,  90, ROSE
            60,     60,  90, LIGHT_YELLOW
            89.99,  60,  90, LIGHT_YELLOW
            90,     60,  90, LIGHT_GREEN
            100,    60,  90, LIGHT_GREEN
            0,      0.8, 1,  ROSE
            """)
    void eachValueGetsTheColourOfItsBandWithBoundariesGoingUp(String value, String low, String high, IndexedColors expected)
            throws Exception {
        assertThat(fillOf(cell -> cell.setCellValue(Double.parseDouble(value)), low, high)).isEqualTo(expected.getIndex());
    }

    /** 不适用 and items not assessed this period have no completion: never painted as behind (a blank would compare as 0). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            blank
            text
            """)
    void aCellWithoutANumberIsNotColoured(String kind) throws Exception {
        assertThat(fillOf(cell -> {
            if (kind.equals("text")) {
                cell.setCellValue("不适用");
            }
        }, "0.8", "1")).isEqualTo((short) -1);
    }

    /** The fill Excel shows: the first rule in priority that holds for the cell, as POI's conditional formatting evaluator finds it. */
    private static short fillOf(java.util.function.Consumer<org.apache.poi.ss.usermodel.Cell> fill, String low, String high) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (SXSSFWorkbook workbook = new SXSSFWorkbook()) {
            var sheet = workbook.createSheet("x");
            fill.accept(sheet.createRow(1).createCell(3));
            AssessmentWorkbookWriter.colour(sheet, "D2:D2", low, high);
            workbook.write(bytes);
        }
        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()))) {
            var evaluator = new org.apache.poi.ss.formula.ConditionalFormattingEvaluator(read,
                    (org.apache.poi.ss.formula.WorkbookEvaluatorProvider) read.getCreationHelper().createFormulaEvaluator());
            var rules = evaluator.getConditionalFormattingForCell(new org.apache.poi.ss.util.CellReference("x", 1, 3, false, false));
            return rules.isEmpty() ? -1 : rules.get(0).getRule().getPatternFormatting().getFillBackgroundColor();
        }
    }
}
