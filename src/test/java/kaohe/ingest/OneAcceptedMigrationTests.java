package kaohe.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import kaohe.DatabaseSettings;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** A database from before the one-accepted-return rule, holding two accepted returns of one unit, is repaired by V8. */
class OneAcceptedMigrationTests {

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.MethodSource("kaohe.TestDatabases#each")
    void theLaterOfTwoAcceptedReturnsStandsAndTheEarlierIsSuperseded(DatabaseSettings database) {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(database.url(), database.user(), database.password());
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("7").load().migrate();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        jdbc.sql("INSERT INTO ingest_run (id, started_at, dry_run) VALUES (1, CURRENT_TIMESTAMP, FALSE)").update();
        for (String hash : List.of("a", "b")) {
            jdbc.sql("INSERT INTO return_file (run_id, content_hash, original_name, stored_path, size_bytes, received_at, plan_id, "
                    + "unit_code, period_code, status, errors, warnings) VALUES (1, ?, ?, '', 0, CURRENT_TIMESTAMP, 'p', '330402', "
                    + "'2019Q2', 'ACCEPTED', 0, 0)").params(hash, hash + ".xlsx").update();
        }

        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();

        assertThat(jdbc.sql("SELECT original_name, status, current_key FROM return_file ORDER BY id")
                .query((rs, n) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3)).list())
                .containsExactly("a.xlsx SUPERSEDED null", "b.xlsx ACCEPTED p|330402|2019Q2");
    }
}
