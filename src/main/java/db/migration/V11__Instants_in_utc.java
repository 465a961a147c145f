package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Kaohe's instants become DATETIME in UTC. TIMESTAMP was ambiguous: on MySQL 5.7 / MariaDB up to 10.9
 * the first TIMESTAMP column of a table updates itself on every UPDATE and the type ends in 2038; on H2
 * it held the writing JVM's local time. Each value is read as the instant it stood for (through the
 * driver, which knows the column's old meaning), the column is retyped, and the instant is written back
 * as its UTC date and time.
 */
public class V11__Instants_in_utc extends BaseJavaMigration {

    /** table → its instant columns, and whether each may be NULL. */
    private static final Map<String, List<String>> COLUMNS = new LinkedHashMap<>();

    static {
        COLUMNS.put("ingest_run", List.of("started_at NOT NULL", "finished_at NULL"));
        COLUMNS.put("return_file", List.of("received_at NOT NULL"));
        COLUMNS.put("return_duplicate", List.of("received_at NOT NULL"));
        COLUMNS.put("assessment_run", List.of("started_at NOT NULL", "finished_at NULL"));
        COLUMNS.put("plan_version", List.of("stored_at NULL"));
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        boolean mysql = product.contains("mysql") || product.contains("mariadb");
        for (Map.Entry<String, List<String>> table : COLUMNS.entrySet()) {
            for (String definition : table.getValue()) {
                String column = definition.substring(0, definition.indexOf(' '));
                Map<Long, Instant> instants = read(connection, table.getKey(), column);
                try (Statement statement = connection.createStatement()) {
                    if (mysql) {
                        statement.execute("ALTER TABLE " + table.getKey() + " MODIFY " + column + " DATETIME " + definition.substring(column.length() + 1));
                    } else {
                        statement.execute("ALTER TABLE " + table.getKey() + " ALTER COLUMN " + column + " SET DATA TYPE TIMESTAMP");
                        statement.execute("ALTER TABLE " + table.getKey() + " ALTER COLUMN " + column + " DROP DEFAULT");
                    }
                }
                write(connection, table.getKey(), column, instants);
            }
        }
    }

    private static Map<Long, Instant> read(Connection connection, String table, String column) throws Exception {
        Map<Long, Instant> instants = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT id, " + column + " FROM " + table + " WHERE " + column + " IS NOT NULL")) {
            while (rows.next()) {
                Timestamp value = rows.getTimestamp(2);
                instants.put(rows.getLong(1), value.toInstant());
            }
        }
        return instants;
    }

    private static void write(Connection connection, String table, String column, Map<Long, Instant> instants) throws Exception {
        try (PreparedStatement update = connection.prepareStatement("UPDATE " + table + " SET " + column + " = ? WHERE id = ?")) {
            for (Map.Entry<Long, Instant> row : instants.entrySet()) {
                update.setObject(1, LocalDateTime.ofInstant(row.getValue(), ZoneOffset.UTC));
                update.setLong(2, row.getKey());
                update.addBatch();
            }
            update.executeBatch();
        }
    }
}
