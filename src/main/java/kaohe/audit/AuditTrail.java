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
    /** For {@link #recordAll}'s multi-row insert, whose parameters it sets by type. */
    private final org.springframework.jdbc.core.JdbcTemplate batch;
    private final String actor;
    private final Clock clock;

    public AuditTrail(DataSource dataSource, kaohe.KaoheProperties properties, Clock clock) {
        this.jdbc = JdbcClient.create(dataSource);
        this.batch = new org.springframework.jdbc.core.JdbcTemplate(dataSource);
        String actor = properties.actor();
        this.actor = actor == null || actor.isBlank() ? System.getProperty("user.name", "?") : actor.trim();
        this.clock = clock;
    }

    public String actor() {
        return actor;
    }

    /** One event to record, for {@link #recordAll}. */
    public record Entry(String planId, String period, String unit, long returnId, AuditEvent event, String reason) {
    }

    /** An event with the moment it happened, for events recorded together later ({@link #recordStamped}). */
    public record Stamped(Entry entry, java.time.Instant at) {
    }

    /** The moment to stamp events with now. */
    public java.time.Instant now() {
        return clock.instant();
    }

    /** Several events in one batch, in order: what one stored return records. */
    public void recordAll(List<Entry> entries) {
        java.time.Instant at = clock.instant();
        recordStamped(entries.stream().map(e -> new Stamped(e, at)).toList());
    }

    /** Events stamped when they happened, in one statement per 500, in order. */
    public void recordStamped(List<Stamped> stamped) {
        String by = clip(actor, 100);
        EVENTS.insert(batch, stamped, (ps, p, s) -> {
            Entry e = s.entry();
            ps.setObject(p + 1, UtcTime.column(s.at()));
            ps.setString(p + 2, e.planId());
            ps.setString(p + 3, e.period());
            ps.setString(p + 4, e.unit() == null ? "" : e.unit());
            ps.setLong(p + 5, e.returnId());
            ps.setString(p + 6, e.event().name());
            ps.setString(p + 7, by);
            ps.setString(p + 8, clip(e.reason() == null ? "" : e.reason(), 1000));
        });
    }

    /** In order, so the events' ids follow it. */
    private static final kaohe.shared.MultiRowInsert EVENTS = new kaohe.shared.MultiRowInsert("audit_event",
            List.of("at_utc", "plan_id", "period_code", "unit_code", "return_id", "event", "actor", "reason"), 500);

    private static final String INSERT = "INSERT INTO audit_event (at_utc, plan_id, period_code, unit_code, return_id, event, actor, reason) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

    public void record(String planId, String period, String unit, long returnId, AuditEvent event, String reason) {
        jdbc.sql(INSERT)
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
