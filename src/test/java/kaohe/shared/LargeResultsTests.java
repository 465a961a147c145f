package kaohe.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

class LargeResultsTests {

    /**
     * Ingest's workers each hold a connection for their chunk's transaction; a worker that asked the pool for another to
     * learn the database's kind waited for the pool's timeout whenever the others held the rest.
     */
    @Test
    void aStreamedReadInsideATransactionNeedsNoSecondConnection() {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:h2:mem:large-results;DB_CLOSE_DELAY=-1");
        config.setMaximumPoolSize(1);
        config.setConnectionTimeout(250);
        try (HikariDataSource pool = new HikariDataSource(config)) {
            Integer fetchSize = new TransactionTemplate(new DataSourceTransactionManager(pool))
                    .execute(status -> LargeResults.streamingFetchSize(pool));

            assertThat(fetchSize).isEqualTo(1000);
            assertThat(pool.getHikariPoolMXBean().getActiveConnections()).as("connections still out").isZero();
        }
    }
}
