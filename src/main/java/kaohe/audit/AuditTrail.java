package kaohe.audit;

import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;
import kaohe.shared.UtcTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Appends to and reads the audit trail ({@code audit_event}). Writes join the caller's transaction, so
 * an event is stored exactly when the change it records is. The actor is {@code kaohe.actor} when set
 * (the office's name for whoever runs the command), else the operating-system user.
 */
@Repository
public class AuditTrail {

    private final JdbcClient jdbc;
    private final String actor;
    private final Clock clock;

    public AuditTrail(DataSource dataSource, kaohe.KaoheProperties properties, Clock clock) {
        this.jdbc = JdbcClient.create(dataSource);
        String actor = properties.actor();
        this.actor = actor == null || actor.isBlank() ? System.getProperty("user.name", "?") : actor.trim();
        this.clock = clock;
    }

    public String actor() {
        return actor;
    }

    public void record(String planId, String period, String unit, long returnId, AuditEvent event, String reason) {
        jdbc.sql("INSERT INTO audit_event (at_utc, plan_id, period_code, unit_code, return_id, event, actor, reason) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(UtcTime.column(clock.instant()), planId, period, unit == null ? "" : unit, returnId, event.name(),
                        clip(actor, 100), clip(reason == null ? "" : reason, 1000))
                .update();
    }

    /** The period's trail, oldest first. */
    public List<AuditEntry> of(String planId, String period) {
        return jdbc.sql("SELECT id, at_utc, plan_id, period_code, unit_code, return_id, event, actor, reason FROM audit_event "
                        + "WHERE plan_id = ? AND period_code = ? ORDER BY id")
                .params(planId, period)
                .query((rs, n) -> new AuditEntry(rs.getLong(1), UtcTime.read(rs, 2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getLong(6), AuditEvent.valueOf(rs.getString(7)), rs.getString(8), rs.getString(9)))
                .list();
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
