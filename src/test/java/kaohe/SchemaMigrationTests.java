package kaohe;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** Start-up leaves Flyway out only for a database already at this build's newest migration. */
class SchemaMigrationTests {

    private static final String MIGRATIONS = "classpath:db/migration";

    @Test
    void theNewestVersionIsThatOfTheLastMigrationInTheJar() throws Exception {
        Path folder = Path.of(SchemaMigration.class.getResource("/db/migration").toURI());
        Pattern version = Pattern.compile("^V(\\d+)__.*\\.(sql|class)$");
        int newest;
        try (var files = Files.list(folder)) {
            newest = files.map(file -> version.matcher(file.getFileName().toString())).filter(Matcher::matches)
                    .mapToInt(match -> Integer.parseInt(match.group(1))).max().orElseThrow();
        }

        assertThat(SchemaMigration.NEWEST).isEqualTo(String.valueOf(newest));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kaohe.TestDatabases#each")
    void aNewDatabaseIsMigratedToTheNewestVersion(DatabaseSettings database) {
        DriverManagerDataSource dataSource = dataSource(database);

        new SchemaMigration().migrate(migrations(dataSource).load());

        assertThat(version(dataSource)).isEqualTo(SchemaMigration.NEWEST);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kaohe.TestDatabases#each")
    void aDatabaseOneMigrationBehindIsMigrated(DatabaseSettings database) {
        DriverManagerDataSource dataSource = dataSource(database);
        String previous = String.valueOf(Integer.parseInt(SchemaMigration.NEWEST) - 1);
        migrations(dataSource).target(previous).load().migrate();

        new SchemaMigration().migrate(migrations(dataSource).load());

        assertThat(version(dataSource)).isEqualTo(SchemaMigration.NEWEST);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kaohe.TestDatabases#each")
    void aDatabaseAtTheNewestVersionIsNotHandedToFlywayAgain(DatabaseSettings database) {
        DriverManagerDataSource dataSource = dataSource(database);
        migrations(dataSource).load().migrate();
        List<Event> seen = new ArrayList<>();

        new SchemaMigration().migrate(migrations(dataSource).callbacks(recording(seen)).load());
        assertThat(seen).as("Flyway's events on a database already at the newest version").isEmpty();

        // The same Flyway does report its work when it is asked to migrate.
        migrations(dataSource).callbacks(recording(seen)).load().migrate();
        assertThat(seen).contains(Event.BEFORE_MIGRATE);
    }

    private static Callback recording(List<Event> seen) {
        return new Callback() {
            @Override
            public boolean supports(Event event, Context context) {
                // Flyway warns for the one deprecated event a callback says it handles.
                return event != Event.CREATE_SCHEMA;
            }

            @Override
            public boolean canHandleInTransaction(Event event, Context context) {
                return true;
            }

            @Override
            public void handle(Event event, Context context) {
                seen.add(event);
            }

            @Override
            public String getCallbackName() {
                return "recording";
            }
        };
    }

    private static org.flywaydb.core.api.configuration.FluentConfiguration migrations(DriverManagerDataSource dataSource) {
        return Flyway.configure().dataSource(dataSource).locations(MIGRATIONS);
    }

    private static DriverManagerDataSource dataSource(DatabaseSettings database) {
        return new DriverManagerDataSource(database.url(), database.user(), database.password());
    }

    private static String version(DriverManagerDataSource dataSource) {
        return JdbcClient.create(dataSource).sql("SELECT version FROM flyway_schema_history ORDER BY installed_rank DESC LIMIT 1")
                .query(String.class).single();
    }
}
