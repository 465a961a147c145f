package kaohe;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import kaohe.ingest.FilledReturn;
import kaohe.plan.Plan;
import kaohe.plan.ShippedPlan;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * publish and assess killed (SIGKILL, after being frozen at a named point of their order: staged, recorded,
 * in place) as a power cut would end them: a published version is there whole and recorded, or not at all,
 * and the outbox holds one run's outputs once anything has taken the period again.
 */
class OfficeCrashIT {

    private static final Plan PLAN = ShippedPlan.plan();
    private static final String P = "2019Q4";
    private static final Duration COMMAND = Duration.ofMinutes(5);

    @TempDir
    static Path shared;

    @TempDir
    Path temp;

    private static Path assessed;

    /** One home, assessed once (run 1), copied for each scenario. */
    @BeforeAll
    static void assessOnce() throws Exception {
        assessed = shared.resolve("assessed");
        for (var unit : PLAN.units()) {
            FilledReturn.template(PLAN, unit.code().value(), P).everything().saveTo(assessed.resolve("inbox").resolve(unit.code() + ".xlsx"));
        }
        assertThat(run(shared, "ingest", "--home", assessed.toString(), "--settle-seconds", "0").status()).isZero();
        Run assess = run(shared, "assess", "--period", P, "--home", assessed.toString());
        assertThat(assess.status()).as(assess.output()).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"publish.writing", "publish.staged", "publish.recorded"})
    void publishKilledAtAnyPointLeavesNoVersionFolderOrAWholeRecordedOne(String point) throws Exception {
        Path home = copy(assessed, temp.resolve("home"));
        Path v1 = home.resolve("outbox").resolve(P).resolve("published/v1");
        try (ChildProcess publish = start(temp, point, "publish", "--period", P, "--home", home.toString())) {
            publish.awaitLine("halted at " + point, COMMAND);
            publish.pause();
            boolean there = Files.exists(v1);
            publish.kill();
            assertThat(there).as("no vN/ appears before its record and its whole content").isFalse();
        }

        Run status = run(temp, "status", "--period", P, "--home", home.toString());
        assertThat(status.status()).as(status.output()).isZero();

        if (point.equals("publish.recorded")) {
            assertThat(status.output()).contains("已发布第 1 版");
            assertWhole(v1);
        } else {
            assertThat(status.output()).doesNotContain("已发布第 1 版");
            assertThat(v1).doesNotExist();
            Run publish = run(temp, "publish", "--period", P, "--home", home.toString());
            assertThat(publish.status()).as(publish.output()).isZero();
            assertWhole(v1);
        }
        try (Connection c = h2(home)) {
            assertThat(single(c, "SELECT COUNT(*) FROM period_publication")).isEqualTo(1);
        }
        try (Stream<Path> entries = Files.list(v1.getParent())) {
            assertThat(entries.map(p -> p.getFileName().toString()).toList()).containsExactly("v1");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"assess.staged", "assess.recorded"})
    void assessKilledAroundItsCommitPointLeavesOneRunsOutputsOnceThePeriodIsTakenAgain(String point) throws Exception {
        Path home = copy(assessed, temp.resolve("home"));
        Path outbox = home.resolve("outbox").resolve(P);
        String firstTotals = Files.readString(outbox.resolve("totals.csv"));
        FilledReturn.template(PLAN, "330402", P).everything().value("Q02", 61).saveTo(home.resolve("inbox/南湖区-更正.xlsx"));
        assertThat(run(temp, "ingest", "--home", home.toString(), "--settle-seconds", "0").status()).isZero();

        try (ChildProcess assess = start(temp, point, "assess", "--period", P, "--home", home.toString())) {
            assess.awaitLine("halted at " + point, COMMAND);
            assess.pause();
            String shown = Files.readString(outbox.resolve("totals.csv"));
            assess.kill();
            assertThat(shown).as("the outbox still holds the first run whole").isEqualTo(firstTotals);
        }

        Run status = run(temp, "status", "--period", P, "--home", home.toString());
        assertThat(status.status()).as(status.output()).isZero();

        String totals = Files.readString(outbox.resolve("totals.csv"));
        assertThat(home.resolve("outbox/." + P + ".staging")).as("settled by status").doesNotExist();
        if (point.equals("assess.recorded")) {
            assertThat(totals).as("the recorded run's outputs moved in").isNotEqualTo(firstTotals);
            try (Connection c = h2(home)) {
                long latest = single(c, "SELECT MAX(id) FROM assessment_run WHERE finished_at IS NOT NULL");
                assertThat(latest).isEqualTo(2);
            }
        } else {
            assertThat(totals).as("an unrecorded run's outputs never reach the outbox").isEqualTo(firstTotals);
        }
        assertThat(files(outbox.resolve("units")).stream().filter(p -> p.toString().endsWith(".pdf"))).hasSize(PLAN.units().size());
    }

    private static void assertWhole(Path version) {
        assertThat(version.resolve("leadership.pdf")).exists();
        assertThat(version.resolve("totals.csv")).exists();
        assertThat(version.resolve("scores.csv")).exists();
        assertThat(version.resolve("assessment.xlsx")).exists();
        assertThat(files(version.resolve("units")).stream().filter(p -> p.toString().endsWith(".pdf"))).hasSize(PLAN.units().size());
        assertThat(files(version).stream().map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("."));
    }

    record Run(int status, String output) {
    }

    private static ChildProcess start(Path logs, String haltAt, String... args) throws IOException {
        List<String> command = new ArrayList<>(haltAt == null ? TheJar.command() : TheJar.command("-Dkaohe.test.halt-at=" + haltAt));
        command.addAll(List.of(args));
        return ChildProcess.start(FilledReturn.sealed(new ProcessBuilder(command)), logs.resolve("out-" + System.nanoTime() + ".log"));
    }

    private static Run run(Path logs, String... args) throws Exception {
        try (ChildProcess process = start(logs, null, args)) {
            int status = process.awaitExit(COMMAND);
            return new Run(status, process.output());
        }
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (!p.getFileName().toString().endsWith(".lock.db")) {
                    Files.copy(p, target);
                }
            }
        }
        return to;
    }

    private static Connection h2(Path home) throws Exception {
        return ServiceIT.h2(home);
    }

    private static long single(Connection c, String sql) throws Exception {
        return ServiceIT.single(c, sql);
    }

    private static List<Path> files(Path dir) {
        return ServiceIT.files(dir);
    }
}
