package kaohe.office;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import kaohe.shared.Period;
import kaohe.shared.UnitCode;
import kaohe.shared.UtcTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code objection_window} and {@code objection}: each period's deadline for 异议, and every objection with its answer. */
@Repository
class Objections {

    /** The office's answer to an objection. */
    enum Decision {
        ADOPTED("采纳"), REJECTED("不采纳");

        private final String label;

        Decision(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }

        static Optional<Decision> of(String label) {
            for (Decision d : values()) {
                if (d.label.equals(label.trim())) {
                    return Optional.of(d);
                }
            }
            return Optional.empty();
        }
    }

    record Window(Period period, LocalDate deadline, long runId) {
    }

    /** One objection; {@code item} is empty for one against the total or anything else. */
    record Objection(long id, Period period, UnitCode unit, String item, String claim, String evidence, String originalName,
                     Instant received, boolean late, Decision decision, String reason) {
    }

    private final JdbcClient jdbc;

    Objections(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    Optional<Window> window(String planId, Period period) {
        return jdbc.sql("SELECT deadline, run_id FROM objection_window WHERE plan_id = ? AND period_code = ?")
                .params(planId, period.toString())
                .query((rs, n) -> new Window(period, rs.getObject(1, LocalDate.class), rs.getLong(2))).optional();
    }

    /** Opens the period's window, or moves its deadline and run when it is opened again. */
    void open(String planId, Period period, LocalDate deadline, long runId, String by, Instant at) {
        int updated = jdbc.sql("UPDATE objection_window SET deadline = ?, run_id = ?, opened_by = ?, opened_utc = ? WHERE plan_id = ? AND period_code = ?")
                .params(deadline, runId, by, UtcTime.column(at), planId, period.toString()).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO objection_window (plan_id, period_code, deadline, run_id, opened_by, opened_utc) VALUES (?, ?, ?, ?, ?, ?)")
                    .params(planId, period.toString(), deadline, runId, by, UtcTime.column(at)).update();
        }
    }

    boolean seen(String planId, Period period, UnitCode unit, String hash) {
        return jdbc.sql("SELECT COUNT(*) FROM objection WHERE plan_id = ? AND period_code = ? AND unit_code = ? AND content_hash = ?")
                .params(planId, period.toString(), unit.value(), hash).query(Integer.class).single() > 0;
    }

    long record(String planId, Period period, UnitCode unit, String item, String claim, String evidence, String originalName,
                String storedPath, String hash, Instant received, boolean late) {
        var key = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("INSERT INTO objection (plan_id, period_code, unit_code, item_code, claim, evidence, original_name, stored_path, "
                        + "content_hash, received_utc, late) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(planId, period.toString(), unit.value(), item, clip(claim, 2000), clip(evidence, 1000), clip(originalName, 255),
                        storedPath, hash, UtcTime.column(received), late)
                .update(key, "id");
        return key.getKey().longValue();
    }

    List<Objection> of(String planId, Period period) {
        return jdbc.sql("SELECT id, unit_code, item_code, claim, evidence, original_name, received_utc, late, decision, reason "
                        + "FROM objection WHERE plan_id = ? AND period_code = ? ORDER BY unit_code, id")
                .params(planId, period.toString())
                .query((rs, n) -> new Objection(rs.getLong(1), period, UnitCode.of(rs.getString(2)), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), UtcTime.read(rs, 7), rs.getBoolean(8),
                        rs.getString(9) == null ? null : Decision.valueOf(rs.getString(9)), rs.getString(10)))
                .list();
    }

    void decide(long id, Decision decision, String reason, String by, Instant at) {
        jdbc.sql("UPDATE objection SET decision = ?, reason = ?, decided_by = ?, decided_utc = ? WHERE id = ?")
                .params(decision.name(), clip(reason, 1000), by, UtcTime.column(at), id).update();
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
