package kaohe.rectify;

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

/**
 * {@code rectification_due} and {@code rectification_report}. What is owed counts only under a published version
 * in force (read from {@code period_publication}): a withdrawn version's 通报 asks nothing until it is published again.
 */
@Repository
public class RectificationRecords {

    private final JdbcClient jdbc;

    public RectificationRecords(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    /** Records what a version's 通报 asks; the caller's transaction is the publication's. */
    public void recordDue(String planId, List<RectificationDue> due) {
        for (RectificationDue d : due) {
            jdbc.sql("INSERT INTO rectification_due (plan_id, period_code, version, unit_code, unit_name, reason, due_date) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?)")
                    .params(planId, d.period().toString(), d.version(), d.unit().value(), d.unitName(), d.reason(), d.due())
                    .update();
        }
    }

    /** Every owed report under the versions in force, oldest period first. */
    public List<RectificationDue> dueInForce(String planId) {
        return jdbc.sql("SELECT d.period_code, d.version, d.unit_code, d.unit_name, d.reason, d.due_date FROM rectification_due d "
                        + "JOIN period_publication p ON p.plan_id = d.plan_id AND p.period_code = d.period_code AND p.version = d.version "
                        + "WHERE d.plan_id = ? AND p.reopened_utc IS NULL ORDER BY d.period_code, d.unit_code")
                .param(planId)
                .query((rs, n) -> new RectificationDue(Period.of(rs.getString(1)), rs.getInt(2), UnitCode.of(rs.getString(3)), rs.getString(4),
                        rs.getString(5), rs.getObject(6, LocalDate.class)))
                .list();
    }

    public List<RectificationDue> dueInForce(String planId, Period period) {
        return dueInForce(planId).stream().filter(d -> d.period().equals(period)).toList();
    }

    public List<RectificationReport> reports(String planId) {
        return jdbc.sql("SELECT id, period_code, unit_code, original_name, stored_path, received_utc FROM rectification_report "
                        + "WHERE plan_id = ? ORDER BY id")
                .param(planId)
                .query((rs, n) -> new RectificationReport(rs.getLong(1), Period.of(rs.getString(2)), UnitCode.of(rs.getString(3)),
                        rs.getString(4), rs.getString(5), UtcTime.read(rs, 6)))
                .list();
    }

    Optional<Long> sameContent(String planId, Period period, UnitCode unit, String hash) {
        return jdbc.sql("SELECT id FROM rectification_report WHERE plan_id = ? AND period_code = ? AND unit_code = ? AND content_hash = ?")
                .params(planId, period.toString(), unit.value(), hash).query(Long.class).optional();
    }

    long recordReport(String planId, Period period, UnitCode unit, String originalName, String storedPath, String hash, long size,
                      Instant received) {
        var key = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("INSERT INTO rectification_report (plan_id, period_code, unit_code, original_name, stored_path, content_hash, size_bytes, "
                        + "received_utc) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(planId, period.toString(), unit.value(), clip(originalName, 255), storedPath, hash, size, UtcTime.column(received))
                .update(key, "id");
        return key.getKey().longValue();
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
