package kaohe.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.TimeZone;
import javax.sql.DataSource;
import kaohe.DatabaseSettings;
import kaohe.TestDatabases;
import kaohe.job.IngestLauncher;
import kaohe.plan.DeadlineRule;
import kaohe.plan.Plan;
import kaohe.plan.ShippedPlan;
import kaohe.report.SubmissionState;
import kaohe.shared.MovableClock;
import kaohe.shared.Period;
import kaohe.shared.UnitCode;
import kaohe.shared.UtcTime;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Lateness is judged by when a file arrived, not when Kaohe got round to it, and instants are stored as
 * UTC whatever the JVM's time zone: a JVM in Los Angeles sees the same 按时 and 迟报 as one in Beijing.
 */
class ArrivalTimeTests {

    private static final Plan PLAN = ShippedPlan.plan();
    private static final Period P = Period.of("2019Q2");

    @TempDir
    Path home;

    private static Instant beijing(int day, int hour, int minute) {
        java.time.LocalDate deadline = PLAN.deadline().deadline(P);
        return ZonedDateTime.of(deadline.plusDays(day), java.time.LocalTime.of(hour, minute), DeadlineRule.PLAN_TIME).toInstant();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kaohe.TestDatabases#each")
    void returnsDroppedBeforeTheDeadlineAreOnTimeAfterAnOutageAndTheStoredInstantIsUtcInAnyJvmZone(DatabaseSettings database)
            throws Exception {
        TimeZone original = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
        try {
            Instant onTime = beijing(0, 23, 30);
            Instant late = beijing(1, 0, 30);
            Path nanhu = FilledReturn.template(PLAN, "330402", P.toString()).everything().saveTo(IngestFixture.inbox(home, "南湖区.xlsx"));
            Path xiuzhou = FilledReturn.template(PLAN, "330411", P.toString()).everything().saveTo(IngestFixture.inbox(home, "秀洲区.xlsx"));
            Files.setLastModifiedTime(nanhu, FileTime.from(onTime));
            Files.setLastModifiedTime(xiuzhou, FileTime.from(late));
            try (ConfigurableApplicationContext context = IngestFixture.start(home, database)) {
                // Kaohe was down over the deadline and ingests both three days later.
                context.getBean(MovableClock.class).set(beijing(3, 9, 0));
                context.getBean(IngestLauncher.class).run(false);

                Map<kaohe.plan.ReportingUnit, SubmissionState> states = SubmissionState.of(PLAN, P,
                        context.getBean(ReturnStore.class).submissions(PLAN.id(), P));
                assertThat(states.get(PLAN.unit(UnitCode.of("330402")).orElseThrow()).state()).isEqualTo(SubmissionState.State.ON_TIME);
                assertThat(states.get(PLAN.unit(UnitCode.of("330411")).orElseThrow()).state()).isEqualTo(SubmissionState.State.LATE);
                JdbcClient jdbc = JdbcClient.create(context.getBean(DataSource.class));
                assertThat(jdbc.sql("SELECT received_at FROM return_file WHERE unit_code = '330402'")
                        .query((rs, n) -> rs.getObject(1, java.time.LocalDateTime.class)).single())
                        .as("the column holds the UTC date and time").isEqualTo(UtcTime.column(onTime));
            }
        } finally {
            TimeZone.setDefault(original);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kaohe.TestDatabases#each")
    void instantsWrittenAsTimestampsBeforeV11KeepTheirMeaning(DatabaseSettings database) {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(database.url(), database.user(), database.password());
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("10").load().migrate();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        Instant started = Instant.parse("2019-07-05T15:30:00Z");
        // As the code before V11 wrote it.
        jdbc.sql("INSERT INTO ingest_run (id, started_at, dry_run) VALUES (1, ?, FALSE)").param(Timestamp.from(started)).update();

        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();

        assertThat(jdbc.sql("SELECT started_at FROM ingest_run WHERE id = 1").query((rs, n) -> UtcTime.read(rs, 1)).single())
                .isEqualTo(started);
        jdbc.sql("UPDATE ingest_run SET accepted = 1 WHERE id = 1").update();
        assertThat(jdbc.sql("SELECT started_at FROM ingest_run WHERE id = 1").query((rs, n) -> UtcTime.read(rs, 1)).single())
                .as("an UPDATE of another column leaves it alone").isEqualTo(started);
    }
}
