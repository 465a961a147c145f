package kaohe.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import kaohe.DatabaseSettings;
import kaohe.KaoheApplication;
import kaohe.job.IngestLauncher;
import kaohe.plan.Plan;
import kaohe.plan.ShippedPlan;
import kaohe.shared.ItemCode;
import kaohe.shared.Period;
import kaohe.shared.UnitCode;
import kaohe.template.TemplateLayout;
import kaohe.validate.ReturnValue;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * 004's "出口商品遭境外通报比率（通报次数/出口批次）" as the plan now has it (D03, ratio, per 100): the clerk types the two
 * counts, the template shows the rate, and ingest derives it and keeps both parts.
 */
class RatioReturnsTests {

    static final Plan CITY = ShippedPlan.plan();

    @TempDir
    Path temp;

    @Test
    void theTemplateAsksForTheNumeratorAndDenominatorUnderTheRateItWorksOut() throws Exception {
        Path file = FilledReturn.template(CITY, "CIQ", "2019Q4").saveTo(temp.resolve("ciq.xlsx"));
        try (XSSFWorkbook workbook = new XSSFWorkbook(file.toFile())) {
            var sheet = workbook.getSheet(TemplateLayout.INDICATOR_SHEET);
            int at = -1;
            for (Row row : sheet) {
                if (row.getCell(0) != null && "D03".equals(row.getCell(0).getStringCellValue())) {
                    at = row.getRowNum();
                }
            }
            Row item = sheet.getRow(at);
            Row numerator = sheet.getRow(at + 1);
            Row denominator = sheet.getRow(at + 2);
            assertThat(numerator.getCell(0).getStringCellValue()).isEqualTo("D03/分子");
            assertThat(numerator.getCell(1).getStringCellValue()).isEqualTo("　其中分子：通报次数");
            assertThat(denominator.getCell(0).getStringCellValue()).isEqualTo("D03/分母");
            assertThat(denominator.getCell(1).getStringCellValue()).isEqualTo("　其中分母：出口批次");
            assertThat(item.getCell(TemplateLayout.VALUE_COLUMN).getCellType()).isEqualTo(CellType.FORMULA);
            assertThat(item.getCell(TemplateLayout.VALUE_COLUMN).getCellFormula())
                    .isEqualTo("IF(AND(ISNUMBER(E" + (at + 2) + "),ISNUMBER(E" + (at + 3) + "),E" + (at + 3) + "<>0),E" + (at + 2) + "/E" + (at + 3)
                            + "*100,\"\")");
            assertThat(item.getCell(TemplateLayout.VALUE_COLUMN).getCellStyle().getLocked()).as("the rate is worked out, not typed").isTrue();
            assertThat(numerator.getCell(TemplateLayout.VALUE_COLUMN).getCellStyle().getLocked()).isFalse();
            assertThat(denominator.getCell(TemplateLayout.VALUE_COLUMN).getCellStyle().getLocked()).isFalse();
        }
    }

    @ParameterizedTest
    @MethodSource("kaohe.TestDatabases#each")
    void theRateIsDerivedFromThePartsAndBothPartsAreKept(DatabaseSettings db) throws Exception {
        FilledReturn.template(CITY, "CIQ", "2019Q4").everything().ratio("D03", 3, 400).saveTo(temp.resolve("inbox/检验检疫局.xlsx"));
        FilledReturn.template(CITY, "CIQ", "2018Q4").everything().part("D03", TemplateLayout.DENOMINATOR, "")
                .saveTo(temp.resolve("inbox/检验检疫局2018.xlsx"));
        FilledReturn.template(CITY, "CIQ", "2017Q4").everything().ratio("D03", 2, 0).saveTo(temp.resolve("inbox/检验检疫局2017.xlsx"));

        try (var context = KaoheApplication.start(temp, db, Map.of("kaohe.plan", ShippedPlan.FOLDER.toString(), "kaohe.ingest.settle-seconds", 0))) {
            IngestSummary summary = context.getBean(IngestLauncher.class).run(false);
            assertThat(summary.accepted()).as(summary.text()).isEqualTo(1);
            assertThat(summary.rejected()).as(summary.text()).isEqualTo(2);
            StoredReturn stored = context.getBean(AcceptedReturns.class).current(CITY.id(), UnitCode.of("CIQ"), Period.of("2019Q4")).orElseThrow();
            ReturnValue d03 = stored.values().stream().filter(v -> v.item().equals(ItemCode.of("D03"))).findFirst().orElseThrow();
            assertThat(d03.value()).as("3 ÷ 400 × 100").isEqualByComparingTo("0.75");
            assertThat(d03.numerator()).isEqualByComparingTo("3");
            assertThat(d03.denominator()).isEqualByComparingTo("400");

            SubmittedReturns submitted = context.getBean(SubmittedReturns.class);
            List<String> messages2018 = submitted.findings(CITY.id(), Period.of("2018Q4")).stream().map(PeriodFinding::message).toList();
            List<String> messages2017 = submitted.findings(CITY.id(), Period.of("2017Q4")).stream().map(PeriodFinding::message).toList();
            assertThat(messages2018).anySatisfy(m -> assertThat(m).startsWith("比率的分子、分母须同时填写（分母 E").endsWith("为空）"));
            assertThat(messages2017).anySatisfy(m -> assertThat(m).startsWith("比率的分子、分母中分母为 0（E").endsWith("），无法算出比率"));
        }
    }
}
