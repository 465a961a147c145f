package kaohe.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import kaohe.ingest.FilledReturn;
import kaohe.plan.Plan;
import kaohe.plan.ShippedPlan;
import kaohe.shared.Period;
import kaohe.shared.UnitCode;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Every 本期值 cell carries validation fitted to its item, with a prompt and an error alert, as Kaohe writes the
 * template and as it stands after LibreOffice saved it as .xlsx and .xls (committed fixtures, see
 * fixtures/libreoffice/README.md).
 */
class ValueValidationTests {

    private static final Plan PLAN = ShippedPlan.plan();

    private static Workbook written() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new TemplateWriter(PLAN, FilledReturn.SEAL).write(PLAN.unit(UnitCode.of("330402")).orElseThrow(), Period.of("2019Q2"), out);
        return WorkbookFactory.create(new ByteArrayInputStream(out.toByteArray()));
    }

    /** The validation on each 本期值 cell (E6, E7 …), by cell. */
    private static Map<String, DataValidation> byCell(Sheet sheet) {
        return sheet.getDataValidations().stream().flatMap(v -> java.util.Arrays.stream(v.getRegions().getCellRangeAddresses())
                        .flatMap(range -> range.getFirstColumn() == TemplateLayout.VALUE_COLUMN
                                ? java.util.stream.IntStream.rangeClosed(range.getFirstRow(), range.getLastRow())
                                        .mapToObj(r -> Map.entry("E" + (r + 1), v))
                                : java.util.stream.Stream.empty()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
    }

    private static void assertFitted(Workbook wb) {
        Sheet sheet = wb.getSheet(TemplateLayout.INDICATOR_SHEET);
        Map<String, DataValidation> cells = byCell(sheet);
        int rows = sheet.getLastRowNum() - TemplateLayout.FIRST_ITEM_ROW + 1;
        assertThat(cells).as("every 本期值 cell").hasSize(rows);

        // E6: Q02 制造业产品质量合格率, a percentage.
        DataValidation q02 = cells.get("E6");
        assertThat(q02.getValidationConstraint().getValidationType()).isEqualTo(DataValidationConstraint.ValidationType.DECIMAL);
        assertThat(q02.getValidationConstraint().getFormula1()).isEqualTo("0");
        assertThat(q02.getValidationConstraint().getFormula2()).isEqualTo("100");
        assertThat(q02.getErrorBoxText()).isEqualTo("请填写百分数的数值，如 95");
        assertThat(q02.getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.STOP);
        assertThat(q02.getShowErrorBox()).isTrue();
        assertThat(q02.getShowPromptBox()).isTrue();
        assertThat(q02.getPromptBoxTitle()).isEqualTo("Q02 制造业产品质量合格率");
        assertThat(q02.getPromptBoxText()).startsWith("目标：").contains("计量单位：%");

        // E8: Q14 allows 不适用, so “无” passes, and only there: in its row and in its numerator and denominator (E9, E10).
        DataValidation q14 = cells.get("E8");
        assertThat(q14.getValidationConstraint().getValidationType()).isEqualTo(DataValidationConstraint.ValidationType.FORMULA);
        // .xls keeps the reference relative to the cell (POI shows it as an offset), .xlsx as E8: either way the cell itself.
        assertThat(q14.getValidationConstraint().getFormula1()).contains("\"无\"").contains("<=100");
        for (String part : List.of("E9", "E10")) {
            assertThat(cells.get(part).getValidationConstraint().getFormula1()).as(part).contains("\"无\"").contains(">=0").doesNotContain("<=100");
            assertThat(cells.get(part).getErrorBoxText()).as(part).contains("分子、分母都填“无”");
        }
        List<DataValidation> withoutNa = cells.entrySet().stream().filter(e -> !List.of("E8", "E9", "E10").contains(e.getKey()))
                .map(Map.Entry::getValue).toList();
        assertThat(withoutNa).noneMatch(v -> String.valueOf(v.getValidationConstraint().getFormula1()).contains("无"));
    }

    @Test
    void everyValueCellIsValidatedForItsItemWithAPromptAndAnAlert() throws Exception {
        try (Workbook wb = written()) {
            assertFitted(wb);
        }
    }

    @Test
    void aCountTakesWholeNumbersOnly() throws Exception {
        // A bureau's count: 市质监局 reports Q07 (浙江制造 certifications, 个).
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new TemplateWriter(PLAN, FilledReturn.SEAL).write(PLAN.unit(UnitCode.of("ZJJ")).orElseThrow(), Period.of("2019Q2"), out);
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = wb.getSheet(TemplateLayout.INDICATOR_SHEET);
            int row = -1;
            for (int r = TemplateLayout.FIRST_ITEM_ROW; r <= sheet.getLastRowNum(); r++) {
                if (sheet.getRow(r).getCell(0).getStringCellValue().equals("Q07")) {
                    row = r;
                }
            }
            DataValidation q07 = byCell(sheet).get("E" + (row + 1));
            assertThat(q07.getValidationConstraint().getValidationType()).isEqualTo(DataValidationConstraint.ValidationType.INTEGER);
            assertThat(q07.getErrorBoxText()).contains("整数");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"南湖区-2019Q2-空白.xlsx", "南湖区-2019Q2-空白.xls"})
    void theValidationSurvivesALibreOfficeSave(String fixture) throws Exception {
        try (Workbook wb = WorkbookFactory.create(Path.of("src/test/resources/fixtures/libreoffice/validation").resolve(fixture).toFile(),
                null, true)) {
            assertFitted(wb);
        }
    }
}
