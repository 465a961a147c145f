package kaohe.ingest;

import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Technical failures of inbox files across runs. Written in a transaction of its own: the failure
 * being recorded has just rolled back the file's own transaction, and its record must survive that.
 */
@Repository
public class IngestFailures {

    private final JdbcClient jdbc;
    private final TransactionTemplate own;

    public IngestFailures(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
        this.own = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** A quarantined file, for {@code status}. */
    public record Quarantined(String inboxPath, int attempts, String lastError, Instant lastFailed, String quarantinedPath) {
    }

    /** Counts one more failure of the file and returns how many it has had. */
    public int record(String fileKey, String inboxPath, String error, Instant now) {
        return own.execute(status -> {
            java.time.LocalDateTime at = kaohe.shared.UtcTime.column(now);
            int updated = jdbc.sql("UPDATE ingest_failure SET attempts = attempts + 1, last_error = ?, last_failed_utc = ? WHERE file_key = ?")
                    .params(clip(error), at, fileKey).update();
            if (updated == 0) {
                jdbc.sql("INSERT INTO ingest_failure (file_key, inbox_path, attempts, last_error, first_failed_utc, last_failed_utc) "
                        + "VALUES (?, ?, 1, ?, ?, ?)").params(fileKey, clip(inboxPath), clip(error), at, at).update();
            }
            return jdbc.sql("SELECT attempts FROM ingest_failure WHERE file_key = ?").param(fileKey).query(Integer.class).single();
        });
    }

    public void quarantined(String fileKey, String storedPath) {
        own.executeWithoutResult(status -> jdbc.sql("UPDATE ingest_failure SET quarantined_path = ? WHERE file_key = ?")
                .params(storedPath, fileKey).update());
    }

    public List<Quarantined> quarantined() {
        return jdbc.sql("SELECT inbox_path, attempts, last_error, last_failed_utc, quarantined_path FROM ingest_failure "
                        + "WHERE quarantined_path IS NOT NULL ORDER BY last_failed_utc, inbox_path")
                .query((rs, n) -> new Quarantined(rs.getString(1), rs.getInt(2), rs.getString(3),
                        kaohe.shared.UtcTime.read(rs, 4), rs.getString(5)))
                .list();
    }

    private static String clip(String text) {
        String t = text == null ? "" : text;
        return t.length() <= 1000 ? t : t.substring(0, 1000);
    }
}
