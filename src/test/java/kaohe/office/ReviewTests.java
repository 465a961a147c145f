package kaohe.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.sql.DataSource;
import kaohe.DatabaseSettings;
import kaohe.KaoheApplication;
import kaohe.audit.AuditEvent;
import kaohe.audit.AuditTrail;
import kaohe.ingest.FilledReturn;
import kaohe.ingest.AcceptedReturns;
import kaohe.ingest.SubmittedReturns;
import kaohe.job.AssessLauncher;
import kaohe.job.IngestLauncher;
import kaohe.plan.Plan;
import kaohe.plan.ShippedPlan;
import kaohe.score.ItemScore;
import kaohe.score.RankedUnit;
import kaohe.score.ScoreFlag;
import kaohe.shared.Period;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** 审核 on both databases: the workbook the office reads, the decisions it drops back, and what they change. */
class ReviewTests {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static final Plan PLAN = ShippedPlan.plan();
    private static final Period P = Period.of("2019Q2");
    private static final String[] COUNTIES = {"330402", "330411", "330421", "330424", "330481", "330482", "330483"};

    @TempDir
    Path temp;

    @ParameterizedTest(name = "{0}")
    @MethodSource("kaohe.TestDatabases#each")
    void theOfficeSendsAReturnBackForRevisionAndTheUnitIsToldWhy(DatabaseSettings database) throws Exception {
        Path home = temp.resolve("home");
        double[] q02 = {30, 95, 94, 96, 93, 95.5, 94.5};
        for (int i = 0; i < COUNTIES.length; i++) {
            FilledReturn.template(PLAN, COUNTIES[i], "2019Q2").everything().value("Q02", q02[i]).saveTo(home.resolve("inbox/" + COUNTIES[i] + ".xlsx"));
        }
        Path recipients = Files.createDirectories(home.resolve("recipients"));
        Files.writeString(recipients.resolve("jiaxing-2017-2019.csv"), "unit_code,email\n330402,nanhu@jx.example\n");
        try (ConfigurableApplicationContext context = KaoheApplication.start(home, database, Map.of("kaohe.plan", ShippedPlan.FOLDER.toString(),
                "kaohe.ingest.settle-seconds", 0, "kaohe.recipients-dir", recipients.toString(), "spring.mail.host", "127.0.0.1",
                "spring.mail.port", smtp.getSmtp().getPort(), "kaohe.actor", "考核办 李四"))) {
            context.getBean(IngestLauncher.class).run(false);
            Path workbook = temp.resolve("审核表.xlsx");
            ReviewWorkbook writer = new ReviewWorkbook(PLAN, context.getBean(AcceptedReturns.class), context.getBean(SubmittedReturns.class));
            try (OutputStream out = Files.newOutputStream(workbook)) {
                assertThat(writer.write(P, out)).isEqualTo(7);
            }
            try (XSSFWorkbook wb = new XSSFWorkbook(workbook.toFile())) {
                Row nanhuQ02 = rowWhere(wb, ReviewWorkbook.VALUES_SHEET, "330402", "Q02");
                assertThat(nanhuQ02.getCell(4).getNumericCellValue()).isEqualTo(30);
                assertThat(nanhuQ02.getCell(6).getNumericCellValue()).as("median of the seven counties").isEqualTo(94.5);
                assertThat(nanhuQ02.getCell(7).getStringCellValue()).contains("与同类单位相比异常").contains("中位数 94.5");
                assertThat(rowWhere(wb, ReviewWorkbook.VALUES_SHEET, "330411", "Q02").getCell(7).getStringCellValue()).doesNotContain("异常");
                assertThat(rowWhere(wb, ReviewWorkbook.REVIEW_SHEET, "330402", null).getCell(6).getNumericCellValue()).isEqualTo(1);
                assertThat(wb.getSheet(ReviewWorkbook.REVIEW_SHEET).getProtect()).isTrue();
            }
            Path filled = decide(workbook, Map.of("330402", new String[]{"退回修改", "制造业产品质量合格率30%与历史和各县差距过大，请核实"},
                    "330411", new String[]{"通过", ""}));

            ReviewDecisions.Applied applied = context.getBean(ReviewDecisions.class).apply(filled);

            assertThat(applied.returned()).isEqualTo(1);
            assertThat(applied.notified()).isEqualTo(1);
            assertThat(java.util.Arrays.stream(smtp.getReceivedMessages()).filter(m -> kaohe.report.Mails.subject(m).contains("退回修改"))).singleElement().satisfies(m -> {
                assertThat(m.getSubject()).isEqualTo("2019Q2 考核报表退回修改（南湖区）");
                assertThat(com.icegreen.greenmail.util.GreenMailUtil.getBody(m)).isNotEmpty();
            });
            JdbcClient jdbc = JdbcClient.create(context.getBean(DataSource.class));
            assertThat(jdbc.sql("SELECT status FROM return_file WHERE unit_code = '330402'").query(String.class).single()).isEqualTo("RETURNED");
            assertThat(jdbc.sql("SELECT decision FROM review_decision ORDER BY unit_code").query(String.class).list())
                    .containsExactly("RETURNED", "APPROVED");
            assertThat(context.getBean(AuditTrail.class).of(PLAN.id(), "2019Q2")).filteredOn(e -> e.event() == AuditEvent.RETURNED_FOR_REVISION)
                    .singleElement().satisfies(e -> {
                        assertThat(e.unit()).isEqualTo("330402");
                        assertThat(e.reason()).contains("差距过大");
                        assertThat(e.actor()).isEqualTo("考核办 李四");
                    });
            RankedUnit nanhu = context.getBean(AssessLauncher.class).run(P).units().stream()
                    .filter(u -> u.assessment().unit().code().value().equals("330402")).findFirst().orElseThrow();
            ItemScore item = nanhu.assessment().items().stream().filter(i -> i.item().value().equals("Q02")).findFirst().orElseThrow();
            assertThat(item.flag()).as("a return sent back does not count until corrected").isEqualTo(ScoreFlag.REJECTED);

            // The workbook names the returns it was written for: once 330411 sends a new one, it is refused whole.
            FilledReturn.template(PLAN, "330411", "2019Q2").everything().value("Q02", 96).saveTo(home.resolve("inbox/330411-更正.xlsx"));
            context.getBean(IngestLauncher.class).run(false);
            assertThatThrownBy(() -> context.getBean(ReviewDecisions.class).apply(filled)).isInstanceOf(kaohe.shared.Refusal.class)
                    .hasMessageContaining("审核表已过时，没有应用任何决定").hasMessageContaining("330411 之后又报送了第");
            assertThat(jdbc.sql("SELECT COUNT(*) FROM review_decision").query(Integer.class).single()).isEqualTo(2);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kaohe.TestDatabases#each")
    void sendingBackWithoutAReasonIsRefused(DatabaseSettings database) throws Exception {
        Path home = temp.resolve("home");
        FilledReturn.template(PLAN, "330402", "2019Q2").everything().saveTo(home.resolve("inbox/330402.xlsx"));
        try (ConfigurableApplicationContext context = KaoheApplication.start(home, database,
                Map.of("kaohe.plan", ShippedPlan.FOLDER.toString(), "kaohe.ingest.settle-seconds", 0))) {
            context.getBean(IngestLauncher.class).run(false);
            Path workbook = temp.resolve("审核表.xlsx");
            try (OutputStream out = Files.newOutputStream(workbook)) {
                new ReviewWorkbook(PLAN, context.getBean(AcceptedReturns.class), context.getBean(SubmittedReturns.class)).write(P, out);
            }

            Path filled = decide(workbook, Map.of("330402", new String[]{"退回修改", ""}));

            assertThatThrownBy(() -> context.getBean(ReviewDecisions.class).apply(filled)).isInstanceOf(kaohe.shared.Refusal.class)
                    .hasMessage("审核表第 2 行（330402）退回修改须写明理由，单位将收到这条理由");
        }
    }

    /** Fills the decision and reason cells as the office does in Excel, and saves a copy. */
    private Path decide(Path workbook, Map<String, String[]> decisions) throws Exception {
        Path filled = temp.resolve("审核表-已填-" + System.nanoTime() + ".xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(workbook))) {
            decisions.forEach((unit, d) -> {
                Row row = rowWhere(wb, ReviewWorkbook.REVIEW_SHEET, unit, null);
                row.getCell(ReviewWorkbook.DECISION_COLUMN).setCellValue(d[0]);
                row.getCell(ReviewWorkbook.REASON_COLUMN).setCellValue(d[1]);
            });
            try (OutputStream out = Files.newOutputStream(filled)) {
                wb.write(out);
            }
        }
        return filled;
    }

    private static Row rowWhere(XSSFWorkbook wb, String sheet, String unit, String item) {
        for (Row row : wb.getSheet(sheet)) {
            if (row.getRowNum() > 0 && row.getCell(0).getStringCellValue().equals(unit)
                    && (item == null || row.getCell(2).getStringCellValue().equals(item))) {
                return row;
            }
        }
        throw new AssertionError("no row " + unit + " " + item);
    }

}
