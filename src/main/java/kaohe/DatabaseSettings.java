package kaohe;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where Kaohe keeps its data. Without a URL it uses an embedded H2 database file under the home
 * folder, so the product runs with no server; MySQL is the production database.
 */
public record DatabaseSettings(String url, String user, String password) {

    /**
     * H2 runs in MySQL mode so the same plain SQL serves both; the path is made absolute because H2
     * refuses paths relative to the working directory. WRITE_DELAY=0 makes every commit reach the disk
     * before it returns: by default H2 flushes up to half a second later, and a process killed in that
     * window loses commits whose files were already moved (found by ServiceIT's kill -9 test).
     * DB_CLOSE_ON_EXIT=FALSE: by default H2 closes itself in its own JVM shutdown hook, under the
     * transactions that {@code serve}'s SIGTERM handling is waiting to finish; the pool closes it instead.
     */
    public static DatabaseSettings embedded(Path home) {
        Path file = home.toAbsolutePath().normalize().resolve("db").resolve("kaohe");
        return new DatabaseSettings("jdbc:h2:file:" + file + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE", "sa", "");
    }

    /** The given URL, or the embedded database under {@code home} when it is blank. */
    public static DatabaseSettings of(String url, String user, String password, Path home) {
        if (url == null || url.isBlank()) {
            return embedded(home);
        }
        return new DatabaseSettings(url, user == null ? "" : user, password == null ? "" : password);
    }

    public boolean isEmbedded() {
        return url.startsWith("jdbc:h2:");
    }

    /** Spring properties that point the application at this database. */
    public Map<String, Object> springProperties() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("spring.datasource.url", url);
        p.put("spring.datasource.username", user);
        p.put("spring.datasource.password", password);
        if (url != null && url.startsWith("jdbc:mysql:")) {
            // Lets Connector/J send each batch (a return's values) as one multi-row INSERT.
            p.put("spring.datasource.hikari.data-source-properties.rewriteBatchedStatements", "true");
            // Each connection keeps the parse of the statements it ran: ingest runs the same dozen per file, and
            // parsing them again was 5 % of a return's CPU.
            p.put("spring.datasource.hikari.data-source-properties.cachePrepStmts", "true");
            p.put("spring.datasource.hikari.data-source-properties.prepStmtCacheSize", "250");
            p.put("spring.datasource.hikari.data-source-properties.prepStmtCacheSqlLimit", "4096");
            // Spring asks a statement the type of a null parameter; without this, Connector/J answers each question
            // by building an exception (5 % of a return's CPU), where simple metadata answers VARCHAR, which MySQL
            // takes for a null of any column.
            p.put("spring.datasource.hikari.data-source-properties.generateSimpleParameterMetadata", "true");
            // MySQL's default REPEATABLE READ locks the empty index range a statement looked in: a worker that
            // looked for a unit's earlier return held the place where another worker's unit goes, and two workers
            // storing different units deadlocked. READ COMMITTED is what H2 runs, and the unique keys, not range
            // locks, are what keep two workers from storing one return twice.
            p.put("spring.datasource.hikari.transaction-isolation", "TRANSACTION_READ_COMMITTED");
        }
        return p;
    }
}
