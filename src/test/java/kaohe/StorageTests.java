package kaohe;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import kaohe.plan.Plan;
import kaohe.plan.PlanFolder;
import kaohe.plan.PlanLoader;
import kaohe.plan.PlanStore;
import kaohe.plan.ShippedPlan;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;

/**
 * The application's storage on every database it supports: Flyway builds the schema, Spring Batch's
 * job repository works in it, and plans make the round trip unchanged.
 */
class StorageTests {

    @TempDir
    static Path temp;

    static Stream<Named<DatabaseSettings>> databases() {
        return TestDatabases.all(temp).stream();
    }

    @AfterAll
    static void dropTestDatabases() {
        TestDatabases.dropCreated();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void flywayBuildsTheSchemaAndTheJobRepositoryRunsAJobInIt(DatabaseSettings database) throws Exception {
        try (ConfigurableApplicationContext context = KaoheApplication.start(temp.resolve("home"), database)) {
            JdbcClient jdbc = JdbcClient.create(context.getBean(DataSource.class));
            List<String> migrations = jdbc.sql("SELECT script FROM flyway_schema_history WHERE success = TRUE AND version IS NOT NULL ORDER BY installed_rank")
                    .query(String.class).list();
            assertThat(migrations).first().isEqualTo("db.migration.V1__Spring_batch_schema");
            assertThat(migrations).as("every SQL and Java migration, in version order").containsExactlyElementsOf(allMigrations());

            JobRepository repository = context.getBean(JobRepository.class);
            Job job = new JobBuilder("storage-check", repository)
                    .start(new StepBuilder("storage-check.step", repository)
                            .tasklet((contribution, chunk) -> RepeatStatus.FINISHED,
                                    new JdbcTransactionManager(context.getBean(DataSource.class)))
                            .build())
                    .build();
            JobExecution execution = context.getBean(JobOperator.class)
                    .start(job, new JobParametersBuilder().addString("file", "嘉兴 南湖区 2019Q2.xlsx").toJobParameters());

            assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
            assertThat(jdbc.sql("SELECT PARAMETER_VALUE FROM BATCH_JOB_EXECUTION_PARAMS WHERE JOB_EXECUTION_ID = ?")
                    .param(execution.getId()).query(String.class).single())
                    .as("Chinese job parameters survive").isEqualTo("嘉兴 南湖区 2019Q2.xlsx");
        }
    }

    /** The migrations in the source tree, as Flyway names them: SQL by file name, Java by class. */
    private static List<String> allMigrations() throws java.io.IOException {
        List<String> names = new java.util.ArrayList<>();
        try (var files = java.nio.file.Files.list(Path.of("src/main/resources/db/migration"))) {
            files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql")).forEach(names::add);
        }
        try (var files = java.nio.file.Files.list(Path.of("src/main/java/db/migration"))) {
            files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.java"))
                    .forEach(n -> names.add("db.migration." + n.substring(0, n.length() - ".java".length())));
        }
        names.sort(java.util.Comparator.comparingInt(n -> {
            String name = n.startsWith("db.migration.") ? n.substring("db.migration.".length()) : n;
            return Integer.parseInt(name.substring(1, name.indexOf("__")));
        }));
        return names;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aPlanComesBackFromTheDatabaseEqualToTheFiles(DatabaseSettings database) {
        try (ConfigurableApplicationContext context = KaoheApplication.start(temp.resolve("home"), database)) {
            PlanStore store = context.getBean(PlanStore.class);
            Plan plan = ShippedPlan.plan();

            long id = store.save(plan);
            long again = store.save(plan);

            assertThat(again).as("the same version is stored once").isEqualTo(id);
            Plan loaded = store.load(plan.id(), plan.version()).orElseThrow();
            assertThat(loaded).isEqualTo(plan);
            assertThat(loaded.unit(plan.units().get(0).code()).orElseThrow().name()).isEqualTo("南湖区");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void anEditedPlanIsStoredAsANewVersionBesideTheOld(DatabaseSettings database) {
        PlanFolder edited = PlanFolder.copyOfShipped(temp.resolve("edited-" + System.nanoTime()));
        edited.replaceLine("targets.csv", "E04,2019,", "E04,2019,41,,000_4953c69a70887cfe.txt 附件3 治气");
        edited.appendLine("baselines.csv", "P08,330402,2016,28.5,南湖区2016年民政统计");
        Plan changed = new PlanLoader().load(edited.dir()).plan();
        try (ConfigurableApplicationContext context = KaoheApplication.start(temp.resolve("home"), database)) {
            PlanStore store = context.getBean(PlanStore.class);

            long first = store.save(ShippedPlan.plan());
            long second = store.save(changed);

            assertThat(second).isNotEqualTo(first);
            assertThat(store.load(changed.id(), changed.version()).orElseThrow()).isEqualTo(changed);
            assertThat(changed.unitBaselines()).as("a county's own baseline is stored with its version").hasSize(1);
            assertThat(store.load(ShippedPlan.plan().id(), ShippedPlan.plan().version()).orElseThrow())
                    .isEqualTo(ShippedPlan.plan());
        }
    }
}
