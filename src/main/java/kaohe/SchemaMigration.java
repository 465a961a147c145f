package kaohe;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.stereotype.Component;

/**
 * Flyway at start-up, left out when the database is already at this build's newest migration, as it is on
 * every start but the first after an upgrade. Flyway finds that out by reading and checksumming every
 * migration in the jar and the whole schema history, twice (to validate, then to migrate): a third of a
 * second of every command, {@code status} included. A database at any other version, or a failed migration,
 * goes through Flyway as before, which migrates it or refuses it.
 */
@Component
class SchemaMigration implements FlywayMigrationStrategy {

    /** The version of this build's newest migration in {@code db/migration}; {@code SchemaMigrationTests} keeps it so. */
    static final String NEWEST = "28";

    @Override
    public void migrate(Flyway flyway) {
        if (!isCurrent(flyway)) {
            flyway.migrate();
        }
    }

    /** Whether the schema history's last migration is this build's newest and succeeded. */
    static boolean isCurrent(Flyway flyway) {
        String table = flyway.getConfiguration().getTable();
        try (Connection connection = flyway.getConfiguration().getDataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet last = statement.executeQuery("SELECT version, success FROM " + table + " ORDER BY installed_rank DESC LIMIT 1")) {
            return last.next() && NEWEST.equals(last.getString(1)) && last.getBoolean(2);
        } catch (SQLException e) {
            // No schema history yet: a new database, which Flyway creates.
            return false;
        }
    }
}
