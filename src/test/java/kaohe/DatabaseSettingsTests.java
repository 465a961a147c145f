package kaohe;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.Map;
import javax.sql.DataSource;
import kaohe.plan.ShippedPlan;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The settings as the running application's connections have them, not as strings in a map. */
class DatabaseSettingsTests {

    @TempDir
    Path home;

    @Test
    void theEmbeddedDatabaseWritesEachCommitToDiskAtOnce() throws Exception {
        try (var context = KaoheApplication.start(home, DatabaseSettings.embedded(home.resolve("db")),
                Map.of("kaohe.plan", ShippedPlan.FOLDER.toString()))) {
            JdbcClient jdbc = JdbcClient.create(context.getBean(DataSource.class));

            assertThat(jdbc.sql("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'")
                    .query(String.class).single()).as("a commit is on disk before the next statement").isEqualTo("0");
        }
    }

    @Test
    void mysqlConnectionsSendABatchOfInsertsAsOneStatement() throws Exception {
        Assumptions.assumeTrue(TestDatabases.isMysqlConfigured(), "no MySQL configured (" + TestDatabases.MYSQL_URL + "): skipped");
        DatabaseSettings mysql = TestDatabases.all(home).stream().map(n -> n.getPayload()).filter(s -> s.url().startsWith("jdbc:mysql"))
                .findFirst().orElseThrow();
        try (var context = KaoheApplication.start(home, mysql, Map.of("kaohe.plan", ShippedPlan.FOLDER.toString()));
             Connection connection = context.getBean(DataSource.class).getConnection()) {
            var driver = connection.unwrap(com.mysql.cj.jdbc.JdbcConnection.class);

            assertThat(driver.getPropertySet().getBooleanProperty(com.mysql.cj.conf.PropertyKey.rewriteBatchedStatements).getValue())
                    .as("the store's batched value inserts reach the server as one multi-row INSERT").isTrue();
            assertThat(driver.getPropertySet().getBooleanProperty(com.mysql.cj.conf.PropertyKey.cachePrepStmts).getValue())
                    .as("a statement run per file is parsed once per connection").isTrue();
            try (var statement = connection.prepareStatement("SELECT ? FROM DUAL")) {
                assertThat(statement.getParameterMetaData().getParameterType(1))
                        .as("the type of a null parameter is answered, not refused with an exception").isEqualTo(java.sql.Types.VARCHAR);
            }
        }
    }
}
