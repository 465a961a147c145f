package kaohe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import kaohe.DatabaseSettings;
import kaohe.KaoheApplication;
import kaohe.ingest.FilledReturn;
import kaohe.job.AssessLauncher;
import kaohe.office.ObjectionDesk;
import kaohe.plan.Plan;
import kaohe.plan.ShippedPlan;
import kaohe.schedule.ScheduledRuns;
import kaohe.shared.Period;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What serve's scheduled jobs do when their time comes, run as the scheduler runs them. */
class ServeRunnerTests {

    private static final Plan PLAN = ShippedPlan.plan();
    private static final Period P = Period.of("2019Q2");

    @TempDir
    Path home;

    @Test
    void theScheduledObjectionAndRectificationJobsTakeWhatUnitsDropped() throws Exception {
        FilledReturn.template(PLAN, "330402", "2019Q2").everything().saveTo(home.resolve("inbox/330402/南湖区.xlsx"));
        try (ConfigurableApplicationContext context = KaoheApplication.start(home, DatabaseSettings.embedded(home),
                Map.of("kaohe.plan", ShippedPlan.FOLDER.toString(), "kaohe.ingest.settle-seconds", 0))) {
            ScheduledRuns.Runner runner = ServeCommand.runner(context);
            runner.ingest();
            context.getBean(AssessLauncher.class).run(P, true);
            ObjectionDesk desk = context.getBean(ObjectionDesk.class);
            ObjectionDesk.Opened opened = desk.open(P, LocalDate.now(kaohe.plan.DeadlineRule.PLAN_TIME).plusDays(7));
            Path form = opened.folder().resolve("330402-南湖区-异议表-" + P + ".xlsx");
            Path dropped = Files.createDirectories(desk.inbox().resolve("330402")).resolve("南湖区异议.xlsx");
            try (InputStream in = Files.newInputStream(form); XSSFWorkbook wb = new XSSFWorkbook(in)) {
                Row row = wb.getSheetAt(0).getRow(ObjectionDesk.FORM_FIRST_ROW);
                row.getCell(ObjectionDesk.FORM_CLAIM_COLUMN).setCellValue("报送值有误");
                try (OutputStream out = Files.newOutputStream(dropped)) {
                    wb.write(out);
                }
            }
            Path report = Files.createDirectories(home.resolve("rectification/inbox/330402")).resolve("整改报告.pdf");
            Files.write(report, "%PDF-1.4 整改报告".getBytes(StandardCharsets.UTF_8));

            runner.takeObjections();
            runner.followUpRectification();

            JdbcClient jdbc = JdbcClient.create(context.getBean(javax.sql.DataSource.class));
            assertThat(jdbc.sql("SELECT COUNT(*) FROM objection").query(Integer.class).single()).isEqualTo(1);
            assertThat(dropped).doesNotExist();
            assertThat(report).as("nobody asked 南湖区 for a report: refused, with feedback").doesNotExist();
            try (var rejected = Files.walk(home.resolve("rectification/rejected"))) {
                assertThat(rejected.map(p -> p.getFileName().toString())).anyMatch(n -> n.endsWith(".反馈.txt"));
            }
        }
    }
}
