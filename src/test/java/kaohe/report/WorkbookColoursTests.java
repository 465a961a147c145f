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
            """)
    void eachValueGetsTheColourOfItsBandWithBoundariesGoingUp(String value, String low, String high, IndexedColors expected)
            throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (SXSSFWorkbook workbook = new SXSSFWorkbook()) {
            var sheet = workbook.createSheet("x");
            sheet.createRow(1).createCell(3).setCellValue(Double.parseDouble(value));
            AssessmentWorkbookWriter.colour(sheet, "D2:D2", low, high);
            workbook.write(bytes);
        }
        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()))) {
            ConditionalFormatting formatting = read.getSheetAt(0).getSheetConditionalFormatting().getConditionalFormattingAt(0);
            assertThat(fill(formatting, new BigDecimal(value))).isEqualTo(expected.getIndex());
        }
    }

    /** The fill of the first rule, in priority order, whose comparison holds. */
    private static short fill(ConditionalFormatting formatting, BigDecimal value) {
        java.util.List<ConditionalFormattingRule> rules = new java.util.ArrayList<>();
        for (int i = 0; i < formatting.getNumberOfRules(); i++) {
            rules.add(formatting.getRule(i));
        }
        rules.sort(java.util.Comparator.comparingInt(ConditionalFormattingRule::getPriority));
        for (ConditionalFormattingRule rule : rules) {
            BigDecimal first = new BigDecimal(rule.getFormula1());
            boolean holds = switch (rule.getComparisonOperation()) {
                case ComparisonOperator.LT -> value.compareTo(first) < 0;
                case ComparisonOperator.GE -> value.compareTo(first) >= 0;
                case ComparisonOperator.BETWEEN -> value.compareTo(first) >= 0 && value.compareTo(new BigDecimal(rule.getFormula2())) <= 0;
                default -> throw new IllegalStateException("unexpected operator " + rule.getComparisonOperation());
            };
            if (holds) {
                return rule.getPatternFormatting().getFillBackgroundColor();
            }
        }
        return -1;
    }
}
