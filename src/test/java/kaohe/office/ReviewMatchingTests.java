package kaohe.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.sql.DataSource;
import kaohe.DatabaseSettings;
import kaohe.KaoheApplication;
import kaohe.ingest.AcceptedReturns;
import kaohe.ingest.FilledReturn;
import kaohe.ingest.SubmittedReturns;
import kaohe.job.IngestLauncher;
import kaohe.plan.Plan;
import kaohe.plan.ShippedPlan;
import kaohe.shared.Period;
import kaohe.shared.Refusal;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A 审核表 as Excel users treat it: sorted, filtered, a row appended or copied, the wrong file given. Rows are
 * matched by their visible 报表编号; anything the office cannot have meant is refused in one Chinese line
 * with its rows, and nothing is applied.
 */
class ReviewMatchingTests {

    private static final Plan PLAN = ShippedPlan.plan();
    private static final Period P = Period.of("2019Q2");
    private static final List<String> COUNTIES = List.of("330402", "330411", "330421");

    @TempDir
    Path temp;

    private ConfigurableApplicationContext received(DatabaseSettings database) throws Exception {
        Path home = temp.resolve("home");
        for (String unit : COUNTIES) {
            FilledReturn.template(PLAN, unit, "2019Q2").everything().saveTo(home.resolve("inbox/" + unit + ".xlsx"));
        }
        ConfigurableApplicationContext context = KaoheApplication.start(home, database,
                Map.of("kaohe.plan", ShippedPlan.FOLDER.toString(), "kaohe.ingest.settle-seconds", 0));
        context.getBean(IngestLauncher.class).run(false);
        return context;
    }

    private Path workbook(ConfigurableApplicationContext context, Consumer<Sheet> edit) throws Exception {
        Path blank = temp.resolve("审核表-" + System.nanoTime() + ".xlsx");
        try (OutputStream out = Files.newOutputStream(blank)) {
            new ReviewWorkbook(PLAN, context.getBean(AcceptedReturns.class), context.getBean(SubmittedReturns.class)).write(P, out);
        }
        Path filled = temp.resolve("审核表-已填-" + System.nanoTime() + ".xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(blank))) {
            edit.accept(wb.getSheet(ReviewWorkbook.REVIEW_SHEET));
            try (OutputStream out = Files.newOutputStream(filled)) {
                wb.write(out);
            }
        }
        return filled;
    }

    private static Row rowOf(Sheet sheet, String unit) {
        for (Row row : sheet) {
            if (row.getRowNum() > 0 && row.getCell(0) != null && row.getCell(0).getStringCellValue().equals(unit)) {
                return row;
            }
        }
        throw new AssertionError("no row " + unit);
    }

    private static void decide(Row row, String decision, String reason) {
        cell(row, ReviewWorkbook.DECISION_COLUMN).setCellValue(decision);
        cell(row, ReviewWorkbook.REASON_COLUMN).setCellValue(reason);
    }

    private static Cell cell(Row row, int column) {
        return row.getCell(column) != null ? row.getCell(column) : row.createCell(column);
    }

    /** Swaps two rows' contents, as sorting the sheet in Excel does. */
    private static void swap(Row a, Row b) {
        for (int c = 0; c <= ReviewWorkbook.REASON_COLUMN; c++) {
            Object first = value(cell(a, c));
            Object second = value(cell(b, c));
            set(cell(a, c), second);
            set(cell(b, c), first);
        }
    }

    private static Object value(Cell cell) {
        return cell.getCellType() == CellType.NUMERIC ? (Object) cell.getNumericCellValue() : cell.getStringCellValue();
    }

    private static void set(Cell cell, Object value) {
        if (value instanceof Double d) {
            cell.setCellValue(d);
        } else {
            cell.setCellValue((String) value);
        }
    }

    private static long decisions(ConfigurableApplicationContext context) {
        return JdbcClient.create(context.getBean(DataSource.class)).sql("SELECT COUNT(*) FROM review_decision").query(Long.class).single();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kaohe.TestDatabases#each")
    void aSortedReviewWorkbookIsAppliedByItsVisibleReturnNumbers(DatabaseSettings database) throws Exception {
        try (ConfigurableApplicationContext context = received(database)) {
            Path filled = workbook(context, sheet -> {
                swap(sheet.getRow(1), sheet.getRow(3));
                decide(rowOf(sheet, "330421"), "退回修改", "合格率与上期相差过大，请核实");
                decide(rowOf(sheet, "330402"), "通过", "");
            });

            ReviewDecisions.Applied applied = context.getBean(ReviewDecisions.class).apply(filled);

            assertThat(applied.decisions()).hasSize(2);
            JdbcClient jdbc = JdbcClient.create(context.getBean(DataSource.class));
            assertThat(jdbc.sql("SELECT r.unit_code FROM return_file r JOIN review_decision d ON d.return_id = r.id "
                    + "WHERE d.decision = 'RETURNED'").query(String.class).list()).containsExactly("330421");
            assertThat(jdbc.sql("SELECT unit_code FROM return_file WHERE status = 'RETURNED'").query(String.class).list())
                    .containsExactly("330421");
            assertThat(jdbc.sql("SELECT r.unit_code FROM return_file r JOIN review_decision d ON d.return_id = r.id "
                    + "WHERE d.decision = 'APPROVED'").query(String.class).list()).containsExactly("330402");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kaohe.TestDatabases#each")
    void theReviewSheetPrintsTheUnitItsWarningsAndTheDecisionOnOnePageWidthWithASignatureLine(DatabaseSettings database) throws Exception {
        try (ConfigurableApplicationContext context = received(database)) {
            Path blank = workbook(context, sheet -> { });
            try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(blank))) {
                Sheet review = wb.getSheet(ReviewWorkbook.REVIEW_SHEET);
                assertThat(review.getFitToPage()).isTrue();
                assertThat(review.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
                assertThat(kaohe.template.PrintLayout.scaleToFit(review, ReviewWorkbook.REASON_COLUMN + 1))
                        .isGreaterThanOrEqualTo(kaohe.template.PrintLayout.LEGIBLE_SCALE);
                assertThat(review.getFooter().getLeft()).contains("审核人（签字）").contains("日期");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kaohe.TestDatabases#each")
    void anAppendedRowWithoutAReturnNumberIsRefusedWithItsRow(DatabaseSettings database) throws Exception {
        try (ConfigurableApplicationContext context = received(database)) {
            Path filled = workbook(context, sheet -> {
                decide(rowOf(sheet, "330402"), "通过", "");
                Row appended = sheet.createRow(sheet.getLastRowNum() + 1);
                appended.createCell(0).setCellValue("330411");
                decide(appended, "通过", "");
            });

            assertThatThrownBy(() -> context.getBean(ReviewDecisions.class).apply(filled)).isInstanceOf(Refusal.class)
                    .hasMessageContaining("第 5 行").hasMessageContaining("报表编号").hasMessageContaining("没有应用任何决定")
                    .hasMessageNotContaining("Exception").hasMessageNotContaining("null");
            assertThat(decisions(context)).isZero();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kaohe.TestDatabases#each")
    void oneReturnDecidedOnTwoRowsIsRefusedNamingBothRows(DatabaseSettings database) throws Exception {
        try (ConfigurableApplicationContext context = received(database)) {
            Path filled = workbook(context, sheet -> {
                Row original = rowOf(sheet, "330402");
                decide(original, "通过", "");
                Row copy = sheet.createRow(sheet.getLastRowNum() + 1);
                for (int c = 0; c <= 6; c++) {
                    set(cell(copy, c), value(cell(original, c)));
                }
                decide(copy, "退回修改", "数据有误");
            });

            assertThatThrownBy(() -> context.getBean(ReviewDecisions.class).apply(filled)).isInstanceOf(Refusal.class)
                    .hasMessageContaining("第 2 行和第 5 行");
            assertThat(decisions(context)).isZero();
            JdbcClient jdbc = JdbcClient.create(context.getBean(DataSource.class));
            assertThat(jdbc.sql("SELECT COUNT(*) FROM return_file WHERE status = 'RETURNED'").query(Long.class).single()).isZero();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kaohe.TestDatabases#each")
    void anOversizeFileOrACsvIsRefusedInChineseBeforeItIsOpened(DatabaseSettings database) throws Exception {
        try (ConfigurableApplicationContext context = received(database)) {
            ReviewDecisions review = context.getBean(ReviewDecisions.class);
            Path huge = temp.resolve("审核表-粘贴.xlsx");
            byte[] bytes = new byte[5 << 20];
            bytes[0] = 'P';
            bytes[1] = 'K';
            Files.write(huge, bytes);
            Path csv = temp.resolve("审核表.csv");
            Files.writeString(csv, "单位编码,决定\n330402,通过\n");

            assertThatThrownBy(() -> review.apply(huge)).isInstanceOf(Refusal.class).hasMessageContaining("KB").hasMessageContaining("上限");
            assertThatThrownBy(() -> review.apply(csv)).isInstanceOf(Refusal.class).hasMessageContaining("文本（CSV）文件")
                    .hasMessageNotContaining("Exception");
            assertThat(decisions(context)).isZero();
        }
    }
}
