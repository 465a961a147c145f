package kaohe.shared;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

/**
 * Reading a whole period's rows (600,000 items or values for 10,000 units) without holding them twice: the
 * driver hands rows over as they arrive, and the objects made from them keep one copy of each repeated value.
 */
public final class LargeResults {

    private final Map<String, ItemCode> codes = new HashMap<>();
    private final Map<String, String> texts = new HashMap<>();
    private final Map<BigDecimal, BigDecimal> numbers = new HashMap<>();

    /**
     * The fetch size that streams a result. Connector/J holds a whole result in memory unless asked for
     * {@code Integer.MIN_VALUE} rows at a time, when it hands them over as they arrive; H2 refuses that number
     * and keeps a large result on disk by itself.
     */
    public static int streamingFetchSize(DataSource dataSource) {
        // The connection the thread's transaction holds, if any: a worker asking the pool for a second one while every
        // connection is held by a worker waiting on it would wait out the pool's timeout.
        var connection = org.springframework.jdbc.datasource.DataSourceUtils.getConnection(dataSource);
        try {
            return connection.getMetaData().getURL().startsWith("jdbc:mysql:") ? Integer.MIN_VALUE : 1000;
        } catch (SQLException e) {
            throw new CannotGetJdbcConnectionException("cannot reach the database", e);
        } finally {
            org.springframework.jdbc.datasource.DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    public ItemCode code(String value) {
        return codes.computeIfAbsent(value, ItemCode::of);
    }

    public String text(String value) {
        return value == null ? null : texts.computeIfAbsent(value, v -> v);
    }

    public BigDecimal number(BigDecimal value) {
        return value == null ? null : numbers.computeIfAbsent(value, v -> v);
    }
}
