package kaohe;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Named;

/**
 * The databases integration tests run on: always the embedded H2 database, and MySQL (MariaDB in CI)
 * through mysql-connector-j when {@code KAOHE_TEST_MYSQL_URL} is set. When it is set, an unreachable
 * server fails the tests rather than skipping them.
 */
public final class TestDatabases {

    public static final String MYSQL_URL = "KAOHE_TEST_MYSQL_URL";

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final List<String> CREATED = new ArrayList<>();

    private TestDatabases() {
    }

    public static List<Named<DatabaseSettings>> all(Path temp) {
        List<Named<DatabaseSettings>> databases = new ArrayList<>();
        databases.add(Named.of("embedded H2", DatabaseSettings.embedded(temp.resolve("h2-" + COUNTER.incrementAndGet()))));
        if (isMysqlConfigured()) {
            databases.add(Named.of("MySQL", freshMysql()));
        }
        return databases;
    }

    /**
     * The databases to run a parameterized test on, for {@code @MethodSource("kaohe.TestDatabases#each")}:
     * a fresh embedded database in a folder of its own, and a fresh MySQL database when configured. What
     * they create is removed when the test JVM ends, so a test class needs no set-up or clean-up of its own.
     */
    public static java.util.stream.Stream<Named<DatabaseSettings>> each() throws java.io.IOException {
        Path folder = java.nio.file.Files.createTempDirectory("kaohe-db");
        CLEAN_UP.add(folder);
        return all(folder).stream();
    }

    private static final List<Path> CLEAN_UP = new java.util.concurrent.CopyOnWriteArrayList<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                dropCreated();
            } catch (RuntimeException e) {
                // The server may already be gone; its test databases go with the next run's cleanup.
            }
            for (Path folder : CLEAN_UP) {
                try (var files = java.nio.file.Files.walk(folder)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
                } catch (java.io.IOException | java.io.UncheckedIOException e) {
                    // Left in the temporary folder.
                }
            }
        }, "drop-test-databases"));
    }

    public static boolean isMysqlConfigured() {
        String url = System.getenv(MYSQL_URL);
        return url != null && !url.isBlank();
    }

    /**
     * A new, empty database on the configured server, created with latin1 as its default character set
     * so tests prove Kaohe's own migration makes it store Chinese.
     */
    public static synchronized DatabaseSettings freshMysql() {
        String base = System.getenv(MYSQL_URL);
        String user = env("KAOHE_TEST_MYSQL_USER", "root");
        String password = env("KAOHE_TEST_MYSQL_PASSWORD", "");
        String name = "kaohe_test_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        try (Connection c = DriverManager.getConnection(base, user, password); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name);
            s.execute("CREATE DATABASE " + name + " CHARACTER SET latin1");
        } catch (SQLException e) {
            throw new IllegalStateException("MySQL at " + base + " is not reachable: " + e.getMessage(), e);
        }
        CREATED.add(name);
        return new DatabaseSettings(withDatabase(base, name), user, password);
    }

    /** Drops the databases this JVM created. */
    public static synchronized void dropCreated() {
        if (CREATED.isEmpty()) {
            return;
        }
        String base = System.getenv(MYSQL_URL);
        try (Connection c = DriverManager.getConnection(base, env("KAOHE_TEST_MYSQL_USER", "root"),
                env("KAOHE_TEST_MYSQL_PASSWORD", "")); Statement s = c.createStatement()) {
            for (String name : CREATED) {
                s.execute("DROP DATABASE IF EXISTS " + name);
            }
            CREATED.clear();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Replaces the database part of a jdbc:mysql://host:port/db?params URL. */
    static String withDatabase(String url, String database) {
        int hostStart = url.indexOf("//") + 2;
        int pathStart = url.indexOf('/', hostStart);
        int query = url.indexOf('?');
        String prefix = pathStart < 0 ? (query < 0 ? url : url.substring(0, query)) : url.substring(0, pathStart);
        String params = query < 0 ? "" : url.substring(query);
        return prefix + "/" + database + params;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
