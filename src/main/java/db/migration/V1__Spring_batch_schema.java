package db.migration;

import java.sql.Connection;
import java.sql.Statement;
import java.util.Locale;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * Puts Spring Batch's job repository under Flyway, so one tool owns the whole schema and a fresh
 * database needs no second initialiser. The DDL is Spring Batch's own script for the database at hand,
 * read from its jar, so it always matches the Batch version on the classpath.
 *
 * <p>On MySQL it first makes utf8mb4 the database default: every later table, Batch's included, then
 * stores Chinese file and unit names, whatever the server's default character set.
 */
public class V1__Spring_batch_schema extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        String platform;
        if (product.contains("mysql") || product.contains("mariadb")) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("ALTER DATABASE CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            }
            platform = "mysql";
        } else if (product.contains("h2")) {
            platform = "h2";
        } else {
            throw new IllegalStateException("Kaohe runs on MySQL or the embedded H2 database, not on " + product);
        }
        ScriptUtils.executeSqlScript(connection,
                new ClassPathResource("org/springframework/batch/core/schema-" + platform + ".sql"));
    }
}
