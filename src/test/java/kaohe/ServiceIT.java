package kaohe;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.time.Duration;
import java.util.stream.Stream;
import kaohe.ingest.ContentHash;
import kaohe.ingest.FilledReturn;
import kaohe.plan.Plan;
import kaohe.plan.ShippedPlan;
import kaohe.shared.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kaohe as operators run it: the packaged jar as a child process. The demo plays a quarter; a process
 * killed with SIGKILL in the middle of ingest or assess is run again and finishes the work with nothing
 * lost, nothing stored or counted twice, and no file half-moved.
 */
class ServiceIT {

    private static final Plan PLAN = ShippedPlan.plan();

    @TempDir
    Path temp;

    private static final Duration COMMAND = Duration.ofMinutes(5);
    private static final Duration SHUTDOWN = Duration.ofSeconds(60);

    private ChildProcess start(String... args) throws IOException {
        List<String> command = new ArrayList<>(TheJar.service());
        command.addAll(List.of(args));
        return ChildProcess.start(FilledReturn.sealed(new ProcessBuilder(command)), temp.resolve("out-" + System.nanoTime() + ".log"));
    }

    record Run(int status, String output) {
    }

    private Run run(String... args) throws Exception {
        try (ChildProcess process = start(args)) {
            int status = process.awaitExit(COMMAND);
            return new Run(status, process.output());
        }
    }

    @Test
    void demoPlaysAWholeQuarterAndLeavesEveryReport() throws Exception {
        Path home = temp.resolve("home");
        Run demo = run("demo", "--home", home.toString());
        List<String> out = demo.output().lines().toList();

        assertThat(demo.status()).as(demo.output()).isZero();
        Path outbox = home.resolve("demo/outbox/2019Q4");
        assertThat(outbox.resolve("leadership.pdf")).exists();
        assertThat(outbox.resolve("assessment.xlsx")).exists();
        assertThat(files(outbox.resolve("units"))).hasSize(PLAN.units().size());
        assertThat(Files.readAllLines(outbox.resolve("totals.csv"))).hasSize(PLAN.units().size() + 1);
        assertThat(Files.readString(outbox.resolve("remind.csv"))).contains("330424,海盐县,county,rejected,");
        assertThat(files(home.resolve("demo/rejected"))).anyMatch(p -> p.getFileName().toString().contains(".反馈."));
        assertThat(out).anyMatch(l -> l.contains("截止前两天接收") && l.contains("退回 1 份"))
                .anyMatch(l -> l.contains("截止后三天接收") && l.contains("接受 4 份"))
                .anyMatch(l -> l.contains("全市汇总报告"))
                .as("the shipped reference file is empty: the demo says which indicators wait for it")
                .anyMatch(l -> l.contains("注意：缺少 2019Q4 的参照值"))
                .as("the office's quarter: review, correction, adjustments, publication, a late return, reopening")
                .anyMatch(l -> l.contains("审核：") && l.contains("1 份退回修改（平湖市）"))
                .anyMatch(l -> l.contains("修改后重新报送") && l.contains("接受 1 份"))
                .anyMatch(l -> l.contains("重新考核被拒绝") && l.contains("已发布（第 1 版"))
                .anyMatch(l -> l.contains("发布第 2 版") && l.contains("第 1 版保留"));
        assertThat(Files.readString(outbox.resolve("published/v2/totals.csv"))).contains("GZW,市国资委,bureau,").contains(",不合格,")
                .contains("一票否决（");
        assertThat(Files.readString(outbox.resolve("published/v1/totals.csv"))).as("v1, before 市水利局's late return, kept as published")
                .contains("SLJ,市水利局,bureau,0.00,不合格,");
        assertThat(Files.readString(outbox.resolve("published/v2/totals.csv"))).doesNotContain("SLJ,市水利局,bureau,0.00,");
        assertThat(outbox.resolve("published/v1/leadership.pdf")).exists();
        // What the demo prints as 考核结果 is what the published reports say, unit by unit.
        int results = out.indexOf(out.stream().filter(l -> l.startsWith("考核结果（正式发布第 2 版")).findFirst().orElseThrow());
        List<String> shown = out.subList(results, out.size());
        for (String row : Files.readAllLines(outbox.resolve("published/v2/totals.csv")).subList(1, PLAN.units().size() + 1)) {
            String[] cells = row.split(",");
            assertThat(shown).as(row).anyMatch(l -> l.matches("\\s+(第 \\d+ 名|—)\\s+" + cells[1] + "\\s+" + java.util.regex.Pattern.quote(cells[3]) + "\\s+.*"));
        }
        assertThat(shown).anyMatch(l -> l.startsWith("  市水利局 0.00 → "));
        // The demo's templates show the quarter before's accepted values, as the templates command writes them.
        try (var template = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(
                outbox.resolve("templates/330402-南湖区-2019Q4.xlsx")))) {
            var sheet = template.getSheet(kaohe.template.TemplateLayout.INDICATOR_SHEET);
            List<String> previous = new ArrayList<>();
            for (int r = kaohe.template.TemplateLayout.FIRST_ITEM_ROW; r <= sheet.getLastRowNum(); r++) {
                var cell = sheet.getRow(r).getCell(kaohe.template.TemplateLayout.PREVIOUS_COLUMN);
                previous.add(cell == null ? "" : new org.apache.poi.ss.usermodel.DataFormatter().formatCellValue(cell));
            }
            assertThat(previous).anyMatch(v -> v.matches("[0-9.]+（2019Q3）"));
        }

        Run status = run("status", "--home", home.resolve("demo").toString(), "--period", "2019Q4", "--audit");
        assertThat(status.status()).as(status.output()).isZero();
        assertThat(status.output()).contains("接收报表").contains("考核评分").contains("完成")
                .containsPattern("(?s)按时（\\d+）：\\n(  \\S[^\\n]*\\n)*  南湖区 ")
                .containsPattern("(?s)迟报（\\d+）：\\n(  \\S[^\\n]*\\n)*  海盐县 ")
                .as("市水利局 reported after publication").containsPattern("(?s)迟报（\\d+）：\\n(  \\S[^\\n]*\\n)*  市水利局 ")
                .contains("已发布第 2 版").contains("退回修改").contains("撤回第 1 版");
    }

    @Test
    void ingestKilledMidRunFinishesOnTheNextRunWithNothingLostOrStoredTwice() throws Exception {
        Path home = temp.resolve("home");
        List<String> hashes = new ArrayList<>();
        Period period = Period.of("2017Q1");
        for (int i = 0; i < 6; i++, period = period.next()) {
            for (var unit : PLAN.units()) {
                Path file = FilledReturn.template(PLAN, unit.code().value(), period.toString()).everything()
                        .saveTo(home.resolve("inbox").resolve(unit.code() + "-" + period + ".xlsx"));
                hashes.add(ContentHash.of(file));
            }
        }
        try (ChildProcess first = start("ingest", "--home", home.toString(), "--settle-seconds", "0")) {
            first.awaitWhileRunning("20 returns archived", () -> count(home.resolve("archive")) >= 20, Duration.ofSeconds(90));
            // Frozen, the inbox holds exactly what the kill leaves: the run was cut off, not ended.
            first.pause();
            long left = count(home.resolve("inbox"));
            first.kill();
            assertThat(left).as("killed before the end").isPositive();
        }

        assertThat(run("ingest", "--home", home.toString(), "--settle-seconds", "0").status()).isZero();

        assertThat(count(home.resolve("inbox"))).isZero();
        List<Path> archived = files(home.resolve("archive")).stream().filter(p -> p.toString().endsWith(".xlsx")).toList();
        assertThat(archived).hasSize(hashes.size());
        for (Path file : archived) {
            assertThat(hashes).contains(ContentHash.of(file));
        }
        try (Connection c = h2(home)) {
            assertThat(single(c, "SELECT COUNT(*) FROM return_file")).isEqualTo(hashes.size());
            assertThat(single(c, "SELECT COUNT(DISTINCT content_hash) FROM return_file")).isEqualTo(hashes.size());
            assertThat(single(c, "SELECT COUNT(*) FROM return_file WHERE status = 'ACCEPTED'")).isEqualTo(hashes.size());
            assertThat(single(c, "SELECT COUNT(*) FROM BATCH_JOB_EXECUTION WHERE STATUS IN ('STARTING', 'STARTED')"))
                    .as("the killed run is not shown as running forever").isZero();
            assertThat(single(c, "SELECT COUNT(*) FROM BATCH_JOB_EXECUTION WHERE STATUS = 'FAILED'")).isEqualTo(1);
        }
    }

    @Test
    void assessKilledMidRunIsRunAgainAndWritesEveryReport() throws Exception {
        Path home = temp.resolve("home");
        for (var unit : PLAN.units()) {
            FilledReturn.template(PLAN, unit.code().value(), "2019Q4").everything()
                    .saveTo(home.resolve("inbox").resolve(unit.code() + ".xlsx"));
        }
        assertThat(run("ingest", "--home", home.toString(), "--settle-seconds", "0").status()).isZero();
        try (ChildProcess first = start("assess", "--period", "2019Q4", "--home", home.toString())) {
            // Killed while it writes the unit reports; the embedded database is single-process, so the
            // signal is in the file system rather than a query.
            first.awaitWhileRunning("3 unit reports", () -> files(home.resolve("outbox/.2019Q4.staging/units")).size() >= 3,
                    Duration.ofSeconds(120));
            first.pause();
            long written = files(home.resolve("outbox/.2019Q4.staging/units")).stream().filter(p -> p.toString().endsWith(".pdf")).count();
            List<Path> published = files(home.resolve("outbox/2019Q4"));
            first.kill();
            assertThat(written).as("killed before the last report").isLessThan(PLAN.units().size());
            assertThat(published).as("a run's outputs appear together or not at all").isEmpty();
        }

        assertThat(run("assess", "--period", "2019Q4", "--home", home.toString()).status()).isZero();

        Path outbox = home.resolve("outbox/2019Q4");
        assertThat(Files.readAllLines(outbox.resolve("totals.csv"))).hasSize(PLAN.units().size() + 1);
        assertThat(files(outbox.resolve("units")).stream().filter(p -> p.toString().endsWith(".pdf"))).hasSize(PLAN.units().size());
        assertThat(outbox.resolve("leadership.pdf")).exists();
        try (Connection c = h2(home)) {
            long finished = single(c, "SELECT MAX(id) FROM assessment_run WHERE finished_at IS NOT NULL");
            assertThat(single(c, "SELECT COUNT(*) FROM assessment_unit WHERE run_id = " + finished)).isEqualTo(PLAN.units().size());
        }
    }

    @Test
    void serveRefusesToStartOnBadDefinitionsAndSaysWhy() throws Exception {
        Path jobs = Files.createDirectories(temp.resolve("jobs"));
        Files.writeString(jobs.resolve("poll.properties"), "job=ingest-returns\ncron=every five minutes\n");
        Run serve = run("serve", "--home", temp.resolve("home").toString(), "--jobs-dir", jobs.toString());

        assertThat(serve.status()).isEqualTo(1);
        assertThat(serve.output()).contains("jobs/poll.properties: [cron] “every five minutes”不是有效的 cron 表达式").contains("服务未启动");
    }

    @Test
    void aFileDroppedWhileServeRunsIsPickedUpAndSigtermStopsTheService() throws Exception {
        Path home = temp.resolve("home");
        Path jobs = pollEverySecond();
        try (ChildProcess serve = start("serve", "--home", home.toString(), "--jobs-dir", jobs.toString(), "--settle-seconds", "0")) {
            serve.awaitLine("考核服务已启动", SHUTDOWN);
            FilledReturn.template(PLAN, "330402", "2019Q2").everything().saveTo(home.resolve("inbox/南湖区.xlsx"));

            serve.awaitWhileRunning("the return archived", () -> count(home.resolve("archive")) == 1, SHUTDOWN);
            serve.terminate(SHUTDOWN);
        }

        assertThat(count(home.resolve("inbox"))).isZero();
    }

    @Test
    void sigtermMidRunFinishesTheFilesInHandAndLeavesTheRestWhole() throws Exception {
        Path home = temp.resolve("home");
        try (ChildProcess serve = start("serve", "--home", home.toString(), "--jobs-dir", pollEverySecond().toString(),
                "--settle-seconds", "0")) {
            serve.awaitLine("考核服务已启动", SHUTDOWN);
            Path staging = Files.createDirectories(temp.resolve("staging"));
            for (int i = 1; i <= 8; i++) {
                Path file = FilledReturn.template(PLAN, "330402", "2019Q2").everything().value("Q02", 90 + i).saveTo(staging.resolve(i + ".xlsx"));
                Files.move(file, Files.createDirectories(home.resolve("inbox")).resolve(i + ".xlsx"));
            }

            serve.awaitWhileRunning("a return archived", () -> count(home.resolve("archive")) >= 1, SHUTDOWN);
            serve.terminate(SHUTDOWN);
        }

        assertThat(count(home.resolve("inbox")) + count(home.resolve("archive")))
                .as("each file either stored and moved, or untouched in the inbox: none both, none lost").isEqualTo(8);
        Run status = run("status", "--home", home.toString());
        assertThat(status.output()).as("the run ended, not cut off").contains("完成").doesNotContain("运行中");
    }

    @Test
    void twoInstancesAgainstTheSameMySqlNeverRunIngestAtTheSameTime() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(TestDatabases.isMysqlConfigured(), "needs KAOHE_TEST_MYSQL_URL");
        DatabaseSettings mysql = TestDatabases.freshMysql();
        try {
            Path home = temp.resolve("shared-home");
            Period period = Period.of("2018Q1");
            for (int i = 0; i < 3; i++, period = period.next()) {
                for (var unit : PLAN.units()) {
                    FilledReturn.template(PLAN, unit.code().value(), period.toString()).everything()
                            .saveTo(home.resolve("inbox").resolve(unit.code() + "-" + period + ".xlsx"));
                }
            }
            Path jobs = pollEverySecond();
            String[] args = {"serve", "--home", home.toString(), "--jobs-dir", jobs.toString(), "--settle-seconds", "0",
                    "--db-url", mysql.url(), "--db-user", mysql.user(), "--db-password", mysql.password()};
            assertThat(run("status", "--home", home.toString(), "--db-url", mysql.url(), "--db-user", mysql.user(),
                    "--db-password", mysql.password()).status()).as("migrate once before both start").isZero();
            try (ChildProcess one = start(args); ChildProcess two = start(args)) {
                one.awaitWhileRunning("an empty inbox and no ingest running",
                        () -> count(home.resolve("inbox")) == 0 && runningIngests(mysql) == 0, Duration.ofSeconds(240));
                one.terminate(SHUTDOWN);
                two.terminate(SHUTDOWN);
            }

            try (Connection c = DriverManager.getConnection(mysql.url(), mysql.user(), mysql.password())) {
                assertThat(single(c, "SELECT COUNT(*) FROM return_file")).isEqualTo(3L * PLAN.units().size());
                List<long[]> runs = new ArrayList<>();
                try (ResultSet rs = c.createStatement().executeQuery("SELECT UNIX_TIMESTAMP(e.START_TIME), UNIX_TIMESTAMP(e.END_TIME) "
                        + "FROM BATCH_JOB_EXECUTION e JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID "
                        + "WHERE i.JOB_NAME = 'ingest-returns' ORDER BY e.START_TIME, e.JOB_EXECUTION_ID")) {
                    while (rs.next()) {
                        runs.add(new long[]{rs.getLong(1), rs.getLong(2)});
                    }
                }
                assertThat(runs).isNotEmpty();
                for (int i = 1; i < runs.size(); i++) {
                    assertThat(runs.get(i)[0]).as("run %d starts after run %d ended", i, i - 1).isGreaterThanOrEqualTo(runs.get(i - 1)[1]);
                }
            }
        } finally {
            TestDatabases.dropCreated();
        }
    }

    private Path pollEverySecond() throws IOException {
        Path jobs = Files.createDirectories(temp.resolve("jobs-" + System.nanoTime()));
        Files.writeString(jobs.resolve("ingest-returns.properties"), "job=ingest-returns\ncron=* * * * * *\n");
        return jobs;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static long runningIngests(DatabaseSettings mysql) {
        try (Connection c = DriverManager.getConnection(mysql.url(), mysql.user(), mysql.password())) {
            return single(c, "SELECT COUNT(*) FROM BATCH_JOB_EXECUTION WHERE STATUS IN ('STARTING', 'STARTED') OR END_TIME IS NULL");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Connection h2(Path home) throws Exception {
        DatabaseSettings db = DatabaseSettings.embedded(home);
        return DriverManager.getConnection(db.url(), db.user(), db.password());
    }

    static long single(Connection c, String sql) throws Exception {
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long count(Path dir) {
        return files(dir).stream().filter(p -> p.toString().endsWith(".xlsx")).count();
    }

    /** The files under dir. The service moves files while we look, so a walk that trips over one looks again. */
    static List<Path> files(Path dir) {
        for (int attempt = 0; attempt < 20; attempt++) {
            if (!Files.exists(dir)) {
                return List.of();
            }
            try (Stream<Path> files = Files.walk(dir)) {
                return files.filter(Files::isRegularFile).toList();
            } catch (IOException | java.io.UncheckedIOException e) {
                Thread.onSpinWait();
            }
        }
        throw new IllegalStateException("could not list " + dir + ": files kept vanishing");
    }

}
