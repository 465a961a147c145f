package kaohe.score;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import kaohe.shared.ItemCode;
import kaohe.shared.Period;
import kaohe.shared.UnitCode;
import kaohe.shared.UtcTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code verification_sample} and {@code verification_item}: each period's 核查 sample and the verdicts scoring uses. */
@Repository
public class Verifications {

    /** A period's sample as drawn. */
    public record Sample(long seed, int units, int items, String drawnBy, Instant drawnAt) {
    }

    /** One sampled value and, once decided, its verdict. */
    public record Sampled(UnitCode unit, ItemCode item, BigDecimal reported, Optional<Verdict> verdict) {
    }

    private final JdbcClient jdbc;

    public Verifications(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    public Optional<Sample> sample(String planId, Period period) {
        return jdbc.sql("SELECT seed, units, items, drawn_by, drawn_utc FROM verification_sample WHERE plan_id = ? AND period_code = ?")
                .params(planId, period.toString())
                .query((rs, n) -> new Sample(rs.getLong(1), rs.getInt(2), rs.getInt(3), rs.getString(4), UtcTime.read(rs, 5))).optional();
    }

    /** Records a draw; the caller holds the transaction. */
    public void recordSample(String planId, Period period, Sample sample, List<Sampled> drawn) {
        jdbc.sql("INSERT INTO verification_sample (plan_id, period_code, seed, units, items, drawn_by, drawn_utc) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(planId, period.toString(), sample.seed(), sample.units(), sample.items(), sample.drawnBy(), UtcTime.column(sample.drawnAt()))
                .update();
        for (Sampled s : drawn) {
            jdbc.sql("INSERT INTO verification_item (plan_id, period_code, unit_code, item_code, reported) VALUES (?, ?, ?, ?, ?)")
                    .params(planId, period.toString(), s.unit().value(), s.item().value(), s.reported()).update();
        }
    }

    public List<Sampled> sampled(String planId, Period period) {
        return jdbc.sql("SELECT unit_code, item_code, reported, verdict, verified_value, reason FROM verification_item "
                        + "WHERE plan_id = ? AND period_code = ? ORDER BY unit_code, item_code")
                .params(planId, period.toString())
                .query((rs, n) -> new Sampled(UnitCode.of(rs.getString(1)), ItemCode.of(rs.getString(2)), canonical(rs.getBigDecimal(3)),
                        rs.getString(4) == null ? Optional.empty() : Optional.of(new Verdict(Verdict.Kind.valueOf(rs.getString(4)),
                                canonical(rs.getBigDecimal(3)), canonical(rs.getBigDecimal(5)), rs.getString(6)))))
                .list();
    }

    /** Records a verdict; the caller holds the transaction. */
    public void decide(String planId, Period period, UnitCode unit, ItemCode item, Verdict verdict, String by, Instant at) {
        jdbc.sql("UPDATE verification_item SET verdict = ?, verified_value = ?, reason = ?, decided_by = ?, decided_utc = ? "
                        + "WHERE plan_id = ? AND period_code = ? AND unit_code = ? AND item_code = ?")
                .params(verdict.kind().name(), verdict.verified(), verdict.reason(), by, UtcTime.column(at), planId, period.toString(),
                        unit.value(), item.value())
                .update();
    }

    /** The decided verdicts of a unit's period, by item: what scoring applies to the reported values. */
    Map<ItemCode, Verdict> verdicts(String planId, UnitCode unit, Period period) {
        Map<ItemCode, Verdict> verdicts = new HashMap<>();
        jdbc.sql("SELECT item_code, verdict, reported, verified_value, reason FROM verification_item "
                        + "WHERE plan_id = ? AND period_code = ? AND unit_code = ? AND verdict IS NOT NULL")
                .params(planId, period.toString(), unit.value())
                .query(rs -> {
                    verdicts.put(ItemCode.of(rs.getString(1)), new Verdict(Verdict.Kind.valueOf(rs.getString(2)), canonical(rs.getBigDecimal(3)),
                            canonical(rs.getBigDecimal(4)), rs.getString(5)));
                });
        return verdicts;
    }

    /** Records the office's 核实 or 不予认定 of a task of a return; the latest check of the unit's task stands. */
    public void checkTask(String planId, Period period, UnitCode unit, ItemCode item, long returnId, boolean recognised, String reason, String by,
                          Instant at) {
        jdbc.sql("DELETE FROM task_verification WHERE plan_id = ? AND period_code = ? AND unit_code = ? AND item_code = ?")
                .params(planId, period.toString(), unit.value(), item.value()).update();
        jdbc.sql("INSERT INTO task_verification (plan_id, period_code, unit_code, item_code, return_id, recognised, reason, decided_by, "
                        + "decided_utc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(planId, period.toString(), unit.value(), item.value(), returnId, recognised, reason, by, UtcTime.column(at)).update();
    }

    /** The tasks of return {@code returnId} the office did not recognise, with why: scoring counts them as not reported. */
    Map<ItemCode, String> notRecognised(String planId, UnitCode unit, Period period, long returnId) {
        Map<ItemCode, String> tasks = new HashMap<>();
        jdbc.sql("SELECT item_code, reason FROM task_verification WHERE plan_id = ? AND period_code = ? AND unit_code = ? AND return_id = ? "
                        + "AND recognised = FALSE")
                .params(planId, period.toString(), unit.value(), returnId)
                .query(rs -> {
                    tasks.put(ItemCode.of(rs.getString(1)), rs.getString(2));
                });
        return tasks;
    }

    /** 86.2, not the column's 86.200000: values read back are shown as the unit wrote them. */
    private static BigDecimal canonical(BigDecimal value) {
        return kaohe.shared.Decimals.canonical(value);
    }
}
