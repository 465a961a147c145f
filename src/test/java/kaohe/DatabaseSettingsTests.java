package kaohe;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DatabaseSettingsTests {

    private static final String REWRITE = "spring.datasource.hikari.data-source-properties.rewriteBatchedStatements";

    @Test
    void mysqlGetsBatchedInsertsSentAsOneStatement() {
        DatabaseSettings mysql = DatabaseSettings.of("jdbc:mysql://127.0.0.1:3306/kaohe", "root", "", Path.of("var"));

        assertThat(mysql.springProperties()).containsEntry(REWRITE, "true");
    }

    @Test
    void theEmbeddedDatabaseWritesEachCommitAndOutlivesTheJvmShutdownHooks() {
        DatabaseSettings embedded = DatabaseSettings.embedded(Path.of("var"));

        assertThat(embedded.springProperties()).doesNotContainKey(REWRITE);
        assertThat(embedded.url()).contains(";WRITE_DELAY=0").contains(";DB_CLOSE_ON_EXIT=FALSE");
    }
}
