package kaohe.ingest;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Work under a savepoint of the caller's transaction, rolled back to it when the work fails. MySQL answers a deadlock
 * by throwing the whole transaction away, savepoints and all; rolling back to the savepoint then fails too, and
 * Spring's TransactionTemplate logs that as an ERROR with both stack traces, though the chunk is simply written
 * again. Here the work's own failure goes up, with the failed rollback attached to it.
 * <p>
 * A savepoint whose work succeeded is not released: MySQL and H2 drop a transaction's savepoints when it ends, and
 * releasing each was one more statement per file (a chunk of 20 files holds 20 savepoints until its commit).
 */
final class Savepoints {

    private final DataSource dataSource;

    Savepoints(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Runs the work in the transaction bound to this thread, which must exist. */
    void run(Runnable work) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            Savepoint savepoint;
            try {
                savepoint = connection.setSavepoint();
            } catch (SQLException e) {
                throw new CannotCreateTransactionException("cannot make a savepoint: the transaction is gone", e);
            }
            try {
                work.run();
            } catch (RuntimeException | Error e) {
                try {
                    connection.rollback(savepoint);
                } catch (SQLException lost) {
                    e.addSuppressed(lost);
                }
                throw e;
            }
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }
}
