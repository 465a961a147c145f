package kaohe.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import kaohe.DatabaseSettings;
import kaohe.LogCapture;
import kaohe.TestDatabases;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/** A file filed under a savepoint, when the database throws the whole transaction away. */
class SavepointsTests {

    /**
     * MySQL answers a deadlock by rolling back the whole transaction, savepoints and all. The file's own failure is
     * what goes up, for the chunk to be written again; nothing is logged as an error, because nothing is lost.
     */
    @Test
    void aDeadlockThatTakesTheSavepointWithItGoesUpAsItselfAndLogsNoError() throws Exception {
        Assumptions.assumeTrue(TestDatabases.isMysqlConfigured(), "no MySQL configured (" + TestDatabases.MYSQL_URL + "): skipped");
        DatabaseSettings mysql = TestDatabases.freshMysql();
        DriverManagerDataSource dataSource = new DriverManagerDataSource(mysql.url(), mysql.user(), mysql.password());
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        jdbc.execute("CREATE TABLE pair (id INT PRIMARY KEY, v INT)");
        jdbc.execute("CREATE TABLE ballast (id INT PRIMARY KEY)");
        jdbc.update("INSERT INTO pair VALUES (1, 0), (2, 0)");
        DataSourceTransactionManager transactions = new DataSourceTransactionManager(dataSource);
        CountDownLatch bothHoldOne = new CountDownLatch(2);

        // The other worker has done more, so the database picks the filer's transaction to roll back.
        CompletableFuture<Void> other = CompletableFuture.runAsync(() -> {
            try (Connection c = DriverManager.getConnection(mysql.url(), mysql.user(), mysql.password());
                 Statement s = c.createStatement()) {
                c.setAutoCommit(false);
                for (int i = 0; i < 200; i++) {
                    s.execute("INSERT INTO ballast VALUES (" + i + ")");
                }
                s.execute("UPDATE pair SET v = v + 1 WHERE id = 2");
                bothHoldOne.countDown();
                bothHoldOne.await(30, TimeUnit.SECONDS);
                Thread.sleep(300);
                s.execute("UPDATE pair SET v = v + 1 WHERE id = 1");
                c.commit();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Throwable thrown;
        try (LogCapture errors = LogCapture.of("org.springframework.transaction")) {
            thrown = catchThrowable(() -> new TransactionTemplate(transactions).executeWithoutResult(outer -> {
                jdbc.update("UPDATE pair SET v = v + 1 WHERE id = 1");
                new Savepoints(dataSource).run(() -> {
                    bothHoldOne.countDown();
                    await(bothHoldOne);
                    jdbc.update("UPDATE pair SET v = v + 1 WHERE id = 2");
                });
            }));
            assertThat(errors.messages()).as("logged by Spring's transaction support").isEmpty();
        }

        assertThat(thrown).isInstanceOf(ConcurrencyFailureException.class).hasMessageContaining("Deadlock");
        other.get(30, TimeUnit.SECONDS);
        assertThat(jdbc.queryForList("SELECT v FROM pair ORDER BY id", Integer.class)).as("only the other worker's updates stand")
                .containsExactly(1, 1);
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.MethodSource("kaohe.TestDatabases#each")
    void aFailedFileIsUndoneToItsSavepointWhileTheFilesAroundItAreCommitted(DatabaseSettings database) {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(database.url(), database.user(), database.password());
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        jdbc.execute("CREATE TABLE filed (name VARCHAR(20) PRIMARY KEY)");
        Savepoints savepoints = new Savepoints(dataSource);

        new TransactionTemplate(new DataSourceTransactionManager(dataSource)).executeWithoutResult(chunk -> {
            savepoints.run(() -> jdbc.update("INSERT INTO filed VALUES ('first')"));
            Throwable failed = catchThrowable(() -> savepoints.run(() -> {
                jdbc.update("INSERT INTO filed VALUES ('second')");
                throw new IllegalStateException("the archive folder cannot be made");
            }));
            assertThat(failed).hasMessage("the archive folder cannot be made");
            savepoints.run(() -> jdbc.update("INSERT INTO filed VALUES ('third')"));
        });

        assertThat(jdbc.queryForList("SELECT name FROM filed ORDER BY name", String.class)).containsExactly("first", "third");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
