package kaohe.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import javax.sql.DataSource;
import kaohe.DatabaseSettings;
import kaohe.KaoheApplication;
import kaohe.TestDatabases;
import kaohe.cli.KaoheCommand;
import kaohe.ingest.FilledReturn;
import kaohe.job.AssessLauncher;
import kaohe.job.IngestLauncher;
import kaohe.shared.Period;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The plan version a command runs under is stored once, every assessment names a stored version, and status and explain show it. */
class StoredPlanVersionTests {

    private static final Plan PLAN = ShippedPlan.plan();

    @TempDir
    Path home;

    private ConfigurableApplicationContext start(DatabaseSettings database) {
        return KaoheApplication.start(home, database, Map.of("kaohe.plan", ShippedPlan.FOLDER.toString(), "kaohe.ingest.settle-seconds", 0));
    }

    private String run(DatabaseSettings database, String... command) {
        StringWriter out = new StringWriter();
        var line = KaoheCommand.commandLine();
        line.setOut(new PrintWriter(out));
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of(command));
        args.addAll(java.util.List.of("--home", home.toString(), "--plan", ShippedPlan.FOLDER.toString(), "--db-url", database.url(),
                "--db-user", database.user(), "--db-password=" + database.password()));
        assertThat(line.execute(args.toArray(String[]::new))).isZero();
        return out.toString();
    }

    /** The provincial plan's own targets of its cities (filled and pending) and its 争取 come back from the database whole. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("kaohe.TestDatabases#each")
    void aPlanWithUnitTargetsAndWordedTargetsIsReadBackAsItWasStored(DatabaseSettings database) {
        Plan province = ZhejiangPlanTests.load();
        assertThat(province.unitTargets()).anyMatch(t -> t.target().pending()).anyMatch(t -> !t.target().pending());
        try (ConfigurableApplicationContext context = KaoheApplication.start(home, database,
                Map.of("kaohe.plan", ZhejiangPlanTests.FOLDER.toString(), "kaohe.ingest.settle-seconds", 0))) {
            assertThat(context.getBean(PlanStore.class).load(province.id(), province.version())).contains(province);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kaohe.TestDatabases#each")
    void thePlanVersionIsStoredOnceAndEveryAssessmentNamesAStoredVersion(DatabaseSettings database) throws Exception {
        FilledReturn.template(PLAN, "330402", "2019Q2").everything().saveTo(java.nio.file.Files.createDirectories(home.resolve("inbox"))
                .resolve("南湖区.xlsx"));
        try (ConfigurableApplicationContext context = start(database)) {
            context.getBean(IngestLauncher.class).run(false);
            context.getBean(AssessLauncher.class).run(Period.of("2019Q2"));
        }
        try (ConfigurableApplicationContext context = start(database)) {
            JdbcClient jdbc = JdbcClient.create(context.getBean(DataSource.class));
            assertThat(jdbc.sql("SELECT COUNT(*) FROM plan_version WHERE plan_id = ? AND version = ?").params(PLAN.id(), PLAN.version())
                    .query(Integer.class).single()).as("stored once, however often a command starts").isEqualTo(1);
            assertThat(jdbc.sql("SELECT COUNT(*) FROM plan_unit u JOIN plan_version v ON v.id = u.plan_version_id WHERE v.version = ?")
                    .param(PLAN.version()).query(Integer.class).single()).isEqualTo(PLAN.units().size());
            assertThat(jdbc.sql("SELECT COUNT(*) FROM assessment_run r LEFT JOIN plan_version v ON v.plan_id = r.plan_id "
                    + "AND v.version = r.plan_version WHERE v.id IS NULL").query(Integer.class).single())
                    .as("no assessment names a version that cannot be read back").isZero();
            assertThat(context.getBean(PlanStore.class).load(PLAN.id(), PLAN.version())).contains(PLAN);
        }

        String shown = PLAN.version().substring(0, 12);
        assertThat(run(database, "status")).contains("考核计划：" + PLAN.name()).contains("版本 " + shown + "，已存储");
        assertThat(run(database, "explain", "--period", "2019Q2", "--unit", "330402")).contains("版本 " + shown);
    }
}
