package kaohe.office;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import kaohe.plan.Plan;
import kaohe.plan.ShippedPlan;
import kaohe.plan.TargetKind;
import kaohe.score.ItemScore;
import kaohe.score.RankedUnit;
import kaohe.score.Rating;
import kaohe.score.ScoreFlag;
import kaohe.score.UnitAssessment;
import kaohe.shared.ItemCode;
import kaohe.shared.Period;
import kaohe.shared.UnitCode;
import kaohe.validate.ItemType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ObjectionFormTests {

    private static final Plan PLAN = ShippedPlan.plan();

    /**
     * A ratio's value names its numerator and denominator. Unwrapped, LibreOffice printed it cut by the 目标 column
     * (6.26（公共汽 …); now it wraps, and its row is as tall as its lines.
     */
    @Test
    void aLongValueWrapsInARowTallEnoughForItsLines() throws Exception {
        String ratio = "6.26（公共汽车标台数 62.6 ÷ 常住人口（万人） 10）";
        ItemScore p01 = new ItemScore(ItemCode.of("P01"), "每万人拥有公共汽车", ItemType.INDICATOR, TargetKind.AT_LEAST,
                new BigDecimal("6.26"), ratio, "≥6.5标台", new BigDecimal("6.5"), null, new BigDecimal("0.963"),
                new BigDecimal("0.625"), new BigDecimal("0.60"), ScoreFlag.NONE, "", "", "");
        UnitAssessment assessment = new UnitAssessment(PLAN.unit(UnitCode.of("330402")).orElseThrow(), List.of(p01),
                new BigDecimal("0.625"), new BigDecimal("0.60"), BigDecimal.ZERO, new BigDecimal("96.3"), List.of());
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        ObjectionForm.write(PLAN, Period.of("2019Q4"), new RankedUnit(assessment, new BigDecimal("96.3"), Rating.优秀, 1),
                LocalDate.of(2020, 1, 16), out);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = workbook.getSheet(ObjectionForm.SHEET);
            Row row = sheet.getRow(ObjectionForm.FIRST_ROW);
            assertThat(row.getCell(2).getStringCellValue()).isEqualTo(ratio);
            assertThat(row.getCell(2).getCellStyle().getWrapText()).isTrue();
            int width = sheet.getColumnWidth(2) / 256;
            int units = ratio.codePoints().map(c -> c < 0x2E80 ? 1 : 2).sum();
            assertThat(units).as("the value takes more than one line").isGreaterThan(width);
            assertThat(row.getHeightInPoints()).isGreaterThanOrEqualTo(((units + width - 1) / width) * 15f);
        }
    }
}
