package kaohe.office;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import kaohe.shared.UtcTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The published versions of each period ({@code period_publication}); every version is kept. */
@Repository
public class Publications {

    private final JdbcClient jdbc;

    public Publications(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    public List<Publication> of(String planId, String period) {
        return jdbc.sql("SELECT version, run_id, published_utc, published_by, reopened_utc, reopened_by, reopen_reason "
                        + "FROM period_publication WHERE plan_id = ? AND period_code = ? ORDER BY version")
                .params(planId, period)
                .query((rs, n) -> new Publication(rs.getInt(1), rs.getLong(2), UtcTime.read(rs, 3), rs.getString(4),
                        rs.getObject(5) == null ? null : UtcTime.read(rs, 5), rs.getString(6), rs.getString(7)))
                .list();
    }

    /** The version in force: published and not reopened since. */
    public Optional<Publication> inForce(String planId, String period) {
        return of(planId, period).stream().filter(Publication::isInForce).reduce((a, b) -> b);
    }

    int publish(String planId, String period, long runId, Instant at, String by) {
        int version = of(planId, period).size() + 1;
        jdbc.sql("INSERT INTO period_publication (plan_id, period_code, version, run_id, published_utc, published_by) VALUES (?, ?, ?, ?, ?, ?)")
                .params(planId, period, version, runId, UtcTime.column(at), by).update();
        return version;
    }

    void reopen(String planId, String period, int version, Instant at, String by, String reason) {
        jdbc.sql("UPDATE period_publication SET reopened_utc = ?, reopened_by = ?, reopen_reason = ? "
                        + "WHERE plan_id = ? AND period_code = ? AND version = ?")
                .params(UtcTime.column(at), by, reason, planId, period, version).update();
    }
}
