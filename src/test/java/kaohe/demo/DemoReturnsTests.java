package kaohe.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import kaohe.ingest.FilledReturn;
import kaohe.plan.Plan;
import kaohe.plan.PlanLoader;
import kaohe.shared.Period;
import kaohe.shared.UnitCode;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo's returns look like a city's: 嘉兴市 reports near its own 28 “品”字标 certifications (000), not the province's
 * 180, and a ratio as its two counts.
 */
class DemoReturnsTests {

    @TempDir
    Path temp;

    @Test
    void aCityReportsNearItsOwnTargetAndARatioAsItsParts() throws Exception {
        Plan province = new PlanLoader().load(Path.of("data/plans/zhejiang-2017-2019")).plan();
        Path file = temp.resolve("嘉兴市.xlsx");
        new DemoReturns(province, FilledReturn.SEAL, Period.of("2019Q4")).write(province.unit(UnitCode.of("330400")).orElseThrow(), 7, false, file);

        FilledReturn filled = FilledReturn.open(file);
        try (XSSFWorkbook workbook = new XSSFWorkbook(file.toFile())) {
            Sheet sheet = workbook.getSheet("指标");
            double q07 = sheet.getRow(filled.rowOf("指标", "Q07")).getCell(4).getNumericCellValue();
            assertThat(q07).as("0.82–1.08 of its own 28").isBetween(22.0, 31.0);
            double numerator = sheet.getRow(filled.rowOf("指标", "P01/分子")).getCell(4).getNumericCellValue();
            double denominator = sheet.getRow(filled.rowOf("指标", "P01/分母")).getCell(4).getNumericCellValue();
            assertThat(numerator / denominator).as("标台 per 万人 near its own 6.5").isBetween(5.0, 7.5);
        }
    }
}
