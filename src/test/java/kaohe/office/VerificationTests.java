package kaohe.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kaohe.DatabaseSettings;
import kaohe.KaoheApplication;
import kaohe.audit.AuditEvent;
import kaohe.audit.AuditTrail;
import kaohe.ingest.FilledReturn;
import kaohe.job.AssessLauncher;
import kaohe.job.IngestLauncher;
import kaohe.plan.Plan;
import kaohe.plan.ShippedPlan;
import kaohe.score.Verifications;
import kaohe.shared.Period;
import kaohe.shared.Refusal;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.ConfigurableApplicationContext;

/** 核查 on both databases: a sample drawn once and stored with its seed, verdicts recorded, and scoring that follows them. */
class VerificationTests {

    private static final Plan PLAN = ShippedPlan.plan();
    private static final Period P = Period.of("2019Q2");

    @TempDir
    Path temp;

    @ParameterizedTest(name = "{0}")
    @MethodSource("kaohe.TestDatabases#each")
    void aSampledValueReducedCountsReducedAndOneFoundUntrueCountsAsNotReported(DatabaseSettings database) throws Exception {
        Path home = temp.resolve("home");
        for (String unit : List.of("330402", "330411", "330421")) {
            FilledReturn.template(PLAN, unit, "2019Q2").everything().saveTo(home.resolve("inbox/" + unit + "/" + unit + ".xlsx"));
        }
        try (ConfigurableApplicationContext context = KaoheApplication.start(home, database, Map.of("kaohe.plan",
                ShippedPlan.FOLDER.toString(), "kaohe.ingest.settle-seconds", 0))) {
            context.getBean(IngestLauncher.class).run(false);
            AssessLauncher assess = context.getBean(AssessLauncher.class);
            String before = Files.readString(assess.run(P, true).outbox().resolve("scores.csv"));
            Verification verification = context.getBean(Verification.class);

            Verification.Drawn drawn = verification.sample(P, Optional.of(2), Optional.of(3), Optional.of(20190705L));

            assertThat(drawn.sampled()).hasSize(6);
            assertThat(drawn.sampled().stream().map(Verifications.Sampled::unit).distinct()).hasSize(2);
            assertThat(context.getBean(Verifications.class).sample(PLAN.id(), P)).get().satisfies(s -> assertThat(s.seed()).isEqualTo(20190705L));
            assertThatThrownBy(() -> verification.sample(P, Optional.empty(), Optional.empty(), Optional.empty()))
                    .isInstanceOf(Refusal.class).hasMessageContaining("同一期只抽一次").hasMessageContaining("种子 20190705");

            try (InputStream in = Files.newInputStream(drawn.workbook()); XSSFWorkbook wb = new XSSFWorkbook(in)) {
                assertThat(wb.getSheet(Verification.SHEET).getRow(0).getCell(Verification.EVIDENCE_COLUMN).getStringCellValue())
                        .isEqualTo("佐证材料");
                assertThat(wb.getSheet(Verification.SHEET).getRow(1).getCell(Verification.EVIDENCE_COLUMN).getStringCellValue())
                        .as("no evidence was sent").isEqualTo("无");
                // Filled in and signed on paper: it was fitted to one page width whatever its columns (72 %).
                kaohe.template.Legibility.assertPrintsLegibly(wb.getSheet(Verification.SHEET), Verification.REASON_COLUMN + 1);
            }
            Verifications.Sampled reduced = drawn.sampled().get(0);
            Verifications.Sampled untrue = drawn.sampled().get(1);
            String reducedTo = new java.math.BigDecimal("0.5").multiply(reduced.reported()).stripTrailingZeros().toPlainString();
            fill(drawn.workbook(), 1, "核减为", "", "现场核查台账数少一半");
            assertThatThrownBy(() -> verification.verify(drawn.workbook())).isInstanceOf(Refusal.class)
                    .hasMessageContaining("第 2 行核减，但“核减后数值”“”不是数，没有记录任何结论");
            fill(drawn.workbook(), 1, "核减为", reducedTo, "现场核查台账数少一半");
            fill(drawn.workbook(), 2, "不属实", "", "无台账支撑");
            fill(drawn.workbook(), 3, "属实", "", "");

            Verification.Verified verified = verification.verify(drawn.workbook());

            assertThat(verified.decided()).isEqualTo(3);
            assertThat(verified.reduced()).isEqualTo(1);
            assertThat(verified.untrueLines()).singleElement().satisfies(l -> assertThat(l).startsWith(untrue.unit() + ",总分,<减分>,")
                    .contains("报送数据经核查不属实"));
            String after = Files.readString(assess.run(P, true).outbox().resolve("scores.csv"));
            assertThat(valueOf(before, reduced)).isEqualTo(kaohe.shared.Decimals.plain(reduced.reported()));
            assertThat(valueOf(after, reduced)).as("the reduced value is scored").isEqualTo(reducedTo);
            assertThat(valueOf(after, untrue)).as("the untrue value counts as not reported").isEmpty();
            assertThat(context.getBean(AuditTrail.class).of(PLAN.id(), "2019Q2")).filteredOn(e -> e.event() == AuditEvent.VERIFIED)
                    .hasSize(3).anySatisfy(e -> assertThat(e.reason()).contains("经核查核减为 " + reducedTo));
        }
    }

    /** The value column of scores.csv for the sampled unit and item. */
    private static String valueOf(String scoresCsv, Verifications.Sampled s) {
        return scoresCsv.lines().filter(l -> l.startsWith(s.unit() + ",") && l.split(",", -1)[3].equals(s.item().value()))
                .map(l -> l.split(",", -1)[6]).findFirst().orElseThrow();
    }

    private static void fill(Path workbook, int row, String verdict, String value, String reason) throws Exception {
        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Row r = wb.getSheet(Verification.SHEET).getRow(row);
            r.getCell(Verification.VERDICT_COLUMN).setCellValue(verdict);
            r.getCell(Verification.VALUE_COLUMN).setCellValue(value);
            r.getCell(Verification.REASON_COLUMN).setCellValue(reason);
            try (OutputStream out = Files.newOutputStream(workbook)) {
                wb.write(out);
            }
        }
    }
}
