package kaohe.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import kaohe.DatabaseSettings;
import kaohe.KaoheApplication;
import kaohe.ingest.FilledReturn;
import kaohe.job.AssessLauncher;
import kaohe.job.IngestLauncher;
import kaohe.plan.Plan;
import kaohe.plan.ShippedPlan;
import kaohe.report.TotalsCsv;
import kaohe.shared.Period;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.ConfigurableApplicationContext;

/** assess with the office's adjustments file: stored with the run, in totals.csv and the staff workbook. */
class AdjustedAssessmentTests {

    private static final Plan PLAN = ShippedPlan.plan();
    private static final Period P = Period.of("2019Q2");

    @TempDir
    Path temp;

    @ParameterizedTest(name = "{0}")
    @MethodSource("kaohe.TestDatabases#each")
    void adjustmentsAndAVetoAreAppliedStoredAndPublishedInAppendedColumns(DatabaseSettings database) throws Exception {
        Path home = temp.resolve("home");
        FilledReturn.template(PLAN, "330402", "2019Q2").everything().saveTo(home.resolve("inbox/南湖区.xlsx"));
        FilledReturn.template(PLAN, "330411", "2019Q2").everything().saveTo(home.resolve("inbox/秀洲区.xlsx"));
        Files.createDirectories(home.resolve("adjustments"));
        Files.writeString(home.resolve("adjustments/2019Q2.csv"), "unit_code,applies_to,points,reason,document\n"
                + "330402,总分,-2,发生较大质量安全事故,嘉质强办〔2019〕12号\n330411,一票否决,,发生重大质量安全事故,嘉质强办〔2019〕15号\n");
        try (ConfigurableApplicationContext context = KaoheApplication.start(home, database,
                Map.of("kaohe.plan", ShippedPlan.FOLDER.toString(), "kaohe.ingest.settle-seconds", 0))) {
            context.getBean(IngestLauncher.class).run(false);

            AssessLauncher.Result result = context.getBean(AssessLauncher.class).run(P);

            RankedUnit nanhu = result.units().stream().filter(u -> u.assessment().unit().code().value().equals("330402")).findFirst().orElseThrow();
            RankedUnit xiuzhou = result.units().stream().filter(u -> u.assessment().unit().code().value().equals("330411")).findFirst().orElseThrow();
            assertThat(nanhu.assessment().adjustments()).as("read back from the database with the run").singleElement()
                    .satisfies(a -> assertThat(a.document()).isEqualTo("嘉质强办〔2019〕12号"));
            assertThat(nanhu.shownTotal()).isEqualByComparingTo(Exact.rounded(nanhu.assessment().baseTotal(), 2).subtract(java.math.BigDecimal.valueOf(2)));
            assertThat(xiuzhou.rating()).isEqualTo(Rating.不合格);

            String totals = Files.readString(result.outbox().resolve("totals.csv"), StandardCharsets.UTF_8);
            assertThat(totals.lines().findFirst()).hasValue("\uFEFF" + String.join(",", TotalsCsv.COLUMNS));
            assertThat(TotalsCsv.COLUMNS.subList(0, 10)).as("INTERFACE.md's columns, unchanged and first")
                    .containsExactly("unit_code", "unit_name", "peer_group", "total", "rating", "rank", "items", "reported", "missing", "late");
            assertThat(totals).contains("330402,南湖区,county," + nanhu.shownTotal().toPlainString())
                    .contains("," + Exact.shown(nanhu.assessment().baseTotal(), 2) + ",-2.00,\r\n")
                    .contains("330411,秀洲区,county," + xiuzhou.shownTotal().toPlainString() + ",不合格,7,")
                    .contains(",一票否决（发生重大质量安全事故，嘉质强办〔2019〕15号）\r\n");
            try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(result.outbox().resolve("assessment.xlsx").toFile())) {
                var sheet = workbook.getSheet("总分");
                assertThat(sheet.getRow(0).getCell(13).getStringCellValue()).isEqualTo("一票否决");
                assertThat(sheet.getRow(2).getCell(13).getStringCellValue()).startsWith("一票否决（发生重大质量安全事故");
            }
        }
    }
}
