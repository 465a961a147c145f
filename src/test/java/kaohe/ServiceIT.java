package kaohe;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
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

    private Process start(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", "target/kaohe.jar"));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(temp.resolve("out-" + System.nanoTime() + ".log").toFile())
                .start();
    }

    private int run(String... args) throws Exception {
        Process process = start(args);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        return process.exitValue();
    }

    @Test
    void demoPlaysAWholeQuarterAndLeavesEveryReport() throws Exception {
        Path home = temp.resolve("home");
        List<String> out = new ArrayList<>();
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", "target/kaohe.jar",
                "demo", "--home", home.toString()).redirectErrorStream(true).start();
        out.addAll(new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList());
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();

        assertThat(process.exitValue()).as(String.join("\n", out)).isZero();
        Path outbox = home.resolve("demo/outbox/2019Q4");
        assertThat(outbox.resolve("leadership.pdf")).exists();
        assertThat(outbox.resolve("assessment.xlsx")).exists();
        assertThat(files(outbox.resolve("units"))).hasSize(PLAN.units().size());
        assertThat(Files.readAllLines(outbox.resolve("totals.csv"))).hasSize(PLAN.units().size() + 1);
        assertThat(Files.readString(outbox.resolve("remind.csv"))).contains("330424,海盐县,county,rejected,");
        assertThat(files(home.resolve("demo/rejected"))).anyMatch(p -> p.getFileName().toString().contains(".反馈."));
        assertThat(out).anyMatch(l -> l.contains("截止前两天接收") && l.contains("退回 1 份"))
                .anyMatch(l -> l.contains("截止后三天接收") && l.contains("接受 4 份"))
                .anyMatch(l -> l.contains("全市汇总报告"));
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
        Process first = start("ingest", "--home", home.toString(), "--settle-seconds", "0");
        waitUntil(() -> count(home.resolve("archive")) >= 20, 90);
        first.destroyForcibly().waitFor();
        assertThat(count(home.resolve("inbox"))).as("killed before the end").isPositive();

        assertThat(run("ingest", "--home", home.toString(), "--settle-seconds", "0")).isZero();

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
        }
    }

    @Test
    void assessKilledMidRunIsRunAgainAndWritesEveryReport() throws Exception {
        Path home = temp.resolve("home");
        for (var unit : PLAN.units()) {
            FilledReturn.template(PLAN, unit.code().value(), "2019Q4").everything()
                    .saveTo(home.resolve("inbox").resolve(unit.code() + ".xlsx"));
        }
        assertThat(run("ingest", "--home", home.toString(), "--settle-seconds", "0")).isZero();
        Process first = start("assess", "--period", "2019Q4", "--home", home.toString());
        waitUntil(() -> {
            try (Connection c = h2(home)) {
                return single(c, "SELECT COUNT(*) FROM assessment_unit") >= 5;
            } catch (Exception e) {
                return false;
            }
        }, 90);
        first.destroyForcibly().waitFor();

        assertThat(run("assess", "--period", "2019Q4", "--home", home.toString())).isZero();

        Path outbox = home.resolve("outbox/2019Q4");
        assertThat(Files.readAllLines(outbox.resolve("totals.csv"))).hasSize(PLAN.units().size() + 1);
        assertThat(files(outbox.resolve("units")).stream().filter(p -> p.toString().endsWith(".pdf"))).hasSize(PLAN.units().size());
        assertThat(outbox.resolve("leadership.pdf")).exists();
        try (Connection c = h2(home)) {
            long finished = single(c, "SELECT MAX(id) FROM assessment_run WHERE finished_at IS NOT NULL");
            assertThat(single(c, "SELECT COUNT(*) FROM assessment_unit WHERE run_id = " + finished)).isEqualTo(PLAN.units().size());
        }
    }

    private static Connection h2(Path home) throws Exception {
        DatabaseSettings db = DatabaseSettings.embedded(home);
        return DriverManager.getConnection(db.url(), db.user(), db.password());
    }

    private static long single(Connection c, String sql) throws Exception {
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long count(Path dir) {
        return files(dir).stream().filter(p -> p.toString().endsWith(".xlsx")).count();
    }

    private static List<Path> files(Path dir) {
        if (!Files.exists(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition, int seconds) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("condition not reached in " + seconds + " s");
            }
            Thread.sleep(100);
        }
    }
}
