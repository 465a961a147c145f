package kaohe.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import kaohe.plan.Plan;
import kaohe.plan.ShippedPlan;
import kaohe.template.TemplateLayout;
import kaohe.validate.FindingCode;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A formula is read by its saved result; a formula saved with no usable result (what openpyxl and other
 * programs that do not calculate write) is C113 and rejected, never read as a blank cell.
 */
class FormulaResultTests {

    private static final Plan PLAN = ShippedPlan.plan();

    @TempDir
    Path temp;

    private static ReturnStatus statusOf(IngestOutcome outcome) {
        return outcome.status();
    }

    /** Q02's 本期值 as the formula 90+6, saved with {@code cached} as its result (empty: as openpyxl writes it). */
    private Path formulaSavedWith(String cached, String name) {
        FilledReturn filled = FilledReturn.template(PLAN, "330402", "2019Q2").everything();
        int row = filled.rowOf(TemplateLayout.INDICATOR_SHEET, "Q02");
        return filled.with(wb -> {
            var cell = wb.getSheet(TemplateLayout.INDICATOR_SHEET).getRow(row).getCell(TemplateLayout.VALUE_COLUMN);
            cell.setCellFormula("90+6");
            cell.getCTCell().setV(cached);
        }).saveTo(temp.resolve(name));
    }

    /** E6: Q02's 本期值. */
    private static final String Q02_CELL = "E" + (TemplateLayout.FIRST_ITEM_ROW + 1);

    @Test
    void anXlsxFormulaSavedWithAnEmptyCachedValueIsC113NotABlank() throws Exception {
        IngestOutcome outcome = Ingester.judge(PLAN, formulaSavedWith("", "openpyxl.xlsx"));

        assertThat(statusOf(outcome)).isEqualTo(ReturnStatus.REJECTED);
        assertThat(outcome.findings()).anySatisfy(f -> {
            assertThat(f.code()).isEqualTo(FindingCode.C113);
            assertThat(f.cell()).isEqualTo(Q02_CELL);
        });
        assertThat(outcome.findings()).noneMatch(f -> f.code() == FindingCode.C109 && Q02_CELL.equals(f.cell()));
    }

    @Test
    void anXlsxFormulaWithItsResultIsReadByTheResult() throws Exception {
        IngestOutcome outcome = Ingester.judge(PLAN, formulaSavedWith("96", "calculated.xlsx"));

        assertThat(outcome.findings()).noneMatch(f -> f.code() == FindingCode.C113);
        assertThat(outcome.decoded().values()).anySatisfy(v -> {
            assertThat(v.item().value()).isEqualTo("Q02");
            assertThat(v.value()).isEqualByComparingTo("96");
        });
    }

    @Test
    void anXlsFormulaWhoseSavedResultIsEmptyIsC113() throws Exception {
        Path file = temp.resolve("南湖区.xls");
        try (HSSFWorkbook wb = new HSSFWorkbook(Files.newInputStream(Path.of("src/test/resources/fixtures/libreoffice/南湖区-2019Q2.xls")))) {
            Cell cell = wb.getSheet(TemplateLayout.INDICATOR_SHEET).getRow(TemplateLayout.FIRST_ITEM_ROW).getCell(TemplateLayout.VALUE_COLUMN);
            cell.setCellFormula("90+6");
            cell.setCellValue("");
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }

        IngestOutcome outcome = Ingester.judge(PLAN, file);

        assertThat(statusOf(outcome)).isEqualTo(ReturnStatus.REJECTED);
        assertThat(outcome.findings()).anySatisfy(f -> {
            assertThat(f.code()).isEqualTo(FindingCode.C113);
            assertThat(f.cell()).isEqualTo("E" + (TemplateLayout.FIRST_ITEM_ROW + 1));
        });
    }
}
