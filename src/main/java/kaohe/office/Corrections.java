package kaohe.office;

import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import kaohe.shared.UnitCode;
import kaohe.shared.UtcTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The corrections (更正) of each published version ({@code published_correction}); every one is kept. */
@Repository
class Corrections {

    /** One correction: which unit, from what total to what, why, and the run that holds the corrected results. */
    public record Correction(int version, int sequence, UnitCode unit, long runId, String totalBefore, String totalAfter, String reason,
                             String correctedBy, Instant correctedAt) {
    }

    private final JdbcClient jdbc;

    Corrections(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    /** The corrections of one published version, in order. */
    public List<Correction> of(String planId, String period, int version) {
        return jdbc.sql("SELECT version, sequence_no, unit_code, run_id, total_before, total_after, reason, corrected_by, corrected_utc "
                        + "FROM published_correction WHERE plan_id = ? AND period_code = ? AND version = ? ORDER BY sequence_no")
                .params(planId, period, version)
                .query((rs, n) -> new Correction(rs.getInt(1), rs.getInt(2), UnitCode.of(rs.getString(3)), rs.getLong(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getString(8), UtcTime.read(rs, 9)))
                .list();
    }

    void record(String planId, String period, Correction c) {
        jdbc.sql("INSERT INTO published_correction (plan_id, period_code, version, sequence_no, unit_code, run_id, total_before, "
                        + "total_after, reason, corrected_by, corrected_utc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(planId, period, c.version(), c.sequence(), c.unit().value(), c.runId(), c.totalBefore(), c.totalAfter(),
                        c.reason(), c.correctedBy(), UtcTime.column(c.correctedAt()))
                .update();
    }
}
