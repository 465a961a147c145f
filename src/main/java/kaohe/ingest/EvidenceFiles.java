package kaohe.ingest;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import kaohe.shared.ItemCode;
import kaohe.shared.Period;
import kaohe.shared.UnitCode;
import kaohe.shared.UtcTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code return_evidence}: the 佐证材料 each return came with, by item, each file stored once. */
@Repository
public class EvidenceFiles {

    /** One evidence file: which return and item it backs, and where it is kept (relative to the home). */
    public record Evidence(long id, long returnId, Period period, UnitCode unit, ItemCode item, String originalName, String storedPath,
                           long size, Instant received) {
    }

    /** A unit's latest accepted return: what evidence sent now backs. */
    record Latest(long returnId, Period period) {
    }

    private final JdbcClient jdbc;

    EvidenceFiles(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    Optional<Latest> latestAccepted(String planId, UnitCode unit) {
        return jdbc.sql("SELECT id, period_code FROM return_file WHERE plan_id = ? AND unit_code = ? AND status = 'ACCEPTED' "
                        + "ORDER BY period_code DESC, id DESC")
                .params(planId, unit.value())
                .query((rs, n) -> new Latest(rs.getLong(1), Period.of(rs.getString(2)))).list().stream().findFirst();
    }

    boolean has(long returnId, ItemCode item, String hash) {
        return jdbc.sql("SELECT COUNT(*) FROM return_evidence WHERE return_id = ? AND item_code = ? AND content_hash = ?")
                .params(returnId, item.value(), hash).query(Integer.class).single() > 0;
    }

    int count(long returnId, ItemCode item) {
        return jdbc.sql("SELECT COUNT(*) FROM return_evidence WHERE return_id = ? AND item_code = ?")
                .params(returnId, item.value()).query(Integer.class).single();
    }

    void record(long returnId, String planId, Period period, UnitCode unit, ItemCode item, String originalName, String storedPath, String hash,
                long size, Instant received) {
        jdbc.sql("INSERT INTO return_evidence (return_id, plan_id, period_code, unit_code, item_code, original_name, stored_path, "
                        + "content_hash, size_bytes, received_utc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(returnId, planId, period.toString(), unit.value(), item.value(), originalName.length() > 255 ? originalName.substring(0, 255)
                        : originalName, storedPath, hash, size, UtcTime.column(received))
                .update();
    }

    /** The evidence of each current (accepted) return of the period, by unit and item. */
    public List<Evidence> ofPeriod(String planId, Period period) {
        return jdbc.sql("SELECT e.id, e.return_id, e.unit_code, e.item_code, e.original_name, e.stored_path, e.size_bytes, e.received_utc "
                        + "FROM return_evidence e JOIN return_file r ON r.id = e.return_id "
                        + "WHERE e.plan_id = ? AND e.period_code = ? AND r.status = 'ACCEPTED' ORDER BY e.unit_code, e.item_code, e.id")
                .params(planId, period.toString())
                .query((rs, n) -> new Evidence(rs.getLong(1), rs.getLong(2), period, UnitCode.of(rs.getString(3)), ItemCode.of(rs.getString(4)),
                        rs.getString(5), rs.getString(6), rs.getLong(7), UtcTime.read(rs, 8)))
                .list();
    }
}
