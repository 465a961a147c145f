package kaohe.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import javax.sql.DataSource;
import kaohe.DatabaseSettings;
import kaohe.KaoheApplication;
import kaohe.TestDatabases;
import kaohe.ingest.FilledReturn;
import kaohe.plan.ShippedPlan;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A run left "running" by a process that died is marked FAILED at the next start; a live process's run is not. */
class CrashedRunsTests {

    @TempDir
    Path home;

    private ConfigurableApplicationContext start(DatabaseSettings database) {
        return KaoheApplication.start(home, database, Map.of("kaohe.plan", ShippedPlan.FOLDER.toString(), "kaohe.ingest.settle-seconds", 0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kaohe.TestDatabases#each")
    void aRunWhoseProcessDiedIsMarkedFailedAndOneOfALiveProcessOrAnotherMachineIsLeftRunning(DatabaseSettings database) throws Exception {
        long dead;
        long live;
        long elsewhere;
        try (ConfigurableApplicationContext context = start(database)) {
            IngestLauncher ingest = context.getBean(IngestLauncher.class);
            for (int i = 0; i < 3; i++) {
                FilledReturn.template(ShippedPlan.plan(), "330402", "2019Q" + (i + 1)).everything()
                        .saveTo(java.nio.file.Files.createDirectories(home.resolve("inbox")).resolve(i + ".xlsx"));
                ingest.run(false);
            }
            JdbcClient jdbc = JdbcClient.create(context.getBean(DataSource.class));
            java.util.List<Long> runs = jdbc.sql("SELECT JOB_EXECUTION_ID FROM BATCH_JOB_EXECUTION ORDER BY JOB_EXECUTION_ID")
                    .query(Long.class).list();
            dead = runs.get(0);
            live = runs.get(1);
            elsewhere = runs.get(2);
            jdbc.sql("UPDATE BATCH_JOB_EXECUTION SET STATUS = 'STARTED', EXIT_CODE = 'UNKNOWN', END_TIME = NULL").update();
            // What a kill -9 leaves: the first run's process is gone.
            Process gone = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-version").start();
            gone.waitFor();
            jdbc.sql("UPDATE job_owner SET pid = ?, process_started = ? WHERE job_execution_id = ?")
                    .params(gone.pid(), gone.info().startInstant().map(Object::toString).orElse("?"), dead).update();
            jdbc.sql("UPDATE job_owner SET host = 'another-machine', pid = 1 WHERE job_execution_id = ?").param(elsewhere).update();
        }

        try (ConfigurableApplicationContext context = start(database)) {
            JdbcClient jdbc = JdbcClient.create(context.getBean(DataSource.class));
            assertThat(status(jdbc, dead)).isEqualTo("FAILED");
            assertThat(status(jdbc, live)).as("this very process is alive").isEqualTo("STARTED");
            assertThat(status(jdbc, elsewhere)).as("another machine's run is its own business").isEqualTo("STARTED");
        }
    }

    private static String status(JdbcClient jdbc, long execution) {
        return jdbc.sql("SELECT STATUS FROM BATCH_JOB_EXECUTION WHERE JOB_EXECUTION_ID = ?").param(execution).query(String.class).single();
    }
}
