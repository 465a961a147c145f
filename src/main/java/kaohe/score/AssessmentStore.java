package kaohe.score;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import kaohe.plan.Plan;
import kaohe.plan.ReportingUnit;
import kaohe.plan.TargetKind;
import kaohe.shared.ItemCode;
import kaohe.shared.Period;
import kaohe.validate.ItemType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Assessment runs and their results. Saving a unit replaces whatever the run already held for it, so a
 * restarted run never counts a unit twice.
 */
@Repository
public class AssessmentStore {

    private final JdbcClient jdbc;
    private final org.springframework.jdbc.core.JdbcTemplate batch;

    public AssessmentStore(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
        this.batch = new org.springframework.jdbc.core.JdbcTemplate(dataSource);
    }

    public long startRun(Plan plan, Period period, Instant now) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO assessment_run (plan_id, plan_version, period_code, started_at) VALUES (?, ?, ?, ?)")
                .params(plan.id(), plan.version(), period.toString(), seconds(now)).update(key, "id");
        return key.getKey().longValue();
    }

    /** The plan version the period's latest finished assessment was computed under. */
    public java.util.Optional<String> latestVersion(String planId, Period period) {
        return jdbc.sql("SELECT plan_version FROM assessment_run WHERE plan_id = ? AND period_code = ? AND finished_at IS NOT NULL "
                        + "ORDER BY id DESC")
                .params(planId, period.toString()).query(String.class).list().stream().findFirst();
    }

    public void finishRun(long runId, Instant now) {
        jdbc.sql("UPDATE assessment_run SET finished_at = ? WHERE id = ?").params(seconds(now), runId).update();
    }

    public void saveAll(long runId, List<? extends UnitAssessment> assessments) {
        assessments.forEach(a -> saveUnit(runId, a));
    }

    public void saveUnit(long runId, UnitAssessment a) {
        String unit = a.unit().code().value();
        jdbc.sql("DELETE FROM assessment_item WHERE run_id = ? AND unit_code = ?").params(runId, unit).update();
        jdbc.sql("DELETE FROM assessment_adjustment WHERE run_id = ? AND unit_code = ?").params(runId, unit).update();
        jdbc.sql("DELETE FROM assessment_unit WHERE run_id = ? AND unit_code = ?").params(runId, unit).update();
        jdbc.sql("INSERT INTO assessment_unit (run_id, unit_code, weight_sum, score_sum, late_penalty, total) VALUES (?, ?, ?, ?, ?, ?)")
                .params(runId, unit, a.weightSum(), a.scoreSum(), a.latePenalty(), a.total()).update();
        int line = 0;
        for (Adjustment adj : a.adjustments()) {
            jdbc.sql("INSERT INTO assessment_adjustment (run_id, unit_code, ordinal, item_code, points, veto, reason, document) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(runId, unit, line++, adj.item() == null ? null : adj.item().value(), adj.points(), adj.veto(),
                            clip(adj.reason(), 500), clip(adj.document(), 200))
                    .update();
        }
        List<Object[]> items = new ArrayList<>();
        int ordinal = 0;
        for (ItemScore i : a.items()) {
            items.add(new Object[]{runId, unit, ordinal++, i.item().value(), i.name(), i.type().name(), i.kind().name(), i.value(),
                    i.valueText(), clip(i.targetText(), 100), i.target(), i.expected(), i.completion(), i.weight(), i.score(),
                    i.flag().name(), clip(i.rule(), 1000), clip(i.sourceFile(), 1000), i.sourceCell()});
        }
        // One batch per unit: a single multi-row INSERT on MySQL.
        batch.batchUpdate("INSERT INTO assessment_item (run_id, unit_code, ordinal, item_code, item_name, item_type, kind, value_number, "
                + "value_text, target_text, target, expected, completion, weight, score, flag, rule_text, source_file, source_cell) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", items);
    }

    /** The run's assessments, in the plan's unit order. */
    public List<UnitAssessment> load(long runId, Plan plan) {
        List<UnitAssessment> assessments = new ArrayList<>();
        for (ReportingUnit unit : plan.units()) {
            jdbc.sql("SELECT weight_sum, score_sum, late_penalty, total FROM assessment_unit WHERE run_id = ? AND unit_code = ?")
                    .params(runId, unit.code().value())
                    .query((rs, n) -> new UnitAssessment(unit, items(runId, unit), rs.getBigDecimal(1), rs.getBigDecimal(2),
                            rs.getBigDecimal(3), rs.getBigDecimal(4), adjustments(runId, unit)))
                    .optional().ifPresent(assessments::add);
        }
        return assessments;
    }

    /** Totals of every unit in the latest finished run of each period before {@code period}, oldest first. */
    public java.util.Map<Period, java.util.Map<kaohe.shared.UnitCode, java.math.BigDecimal>> earlierTotals(String planId, Period period) {
        java.util.Map<Period, java.util.Map<kaohe.shared.UnitCode, java.math.BigDecimal>> totals = new java.util.TreeMap<>();
        List<Long> runs = jdbc.sql("SELECT MAX(id) FROM assessment_run WHERE plan_id = ? AND period_code < ? AND finished_at IS NOT NULL "
                        + "GROUP BY period_code")
                .params(planId, period.toString()).query(Long.class).list();
        for (long run : runs) {
            Period p = Period.of(jdbc.sql("SELECT period_code FROM assessment_run WHERE id = ?").param(run).query(String.class).single());
            java.util.Map<kaohe.shared.UnitCode, java.math.BigDecimal> byUnit = new java.util.HashMap<>();
            jdbc.sql("SELECT unit_code, total FROM assessment_unit WHERE run_id = ?").param(run)
                    .query((rs, n) -> byUnit.put(kaohe.shared.UnitCode.of(rs.getString(1)), rs.getBigDecimal(2))).list();
            totals.put(p, byUnit);
        }
        return totals;
    }

    /**
     * The earlier periods' results of the given unit items, oldest first: the latest run of each of the
     * {@code quarters} periods before {@code period}. Only the wanted pairs are kept, so a unit report's
     * trend of its items behind target costs memory for those items alone.
     */
    public java.util.Map<kaohe.shared.UnitCode, java.util.Map<ItemCode, List<ItemPoint>>> earlierItems(
            String planId, Period period, int quarters, java.util.Set<java.util.Map.Entry<kaohe.shared.UnitCode, ItemCode>> wanted) {
        java.util.Map<kaohe.shared.UnitCode, java.util.Map<ItemCode, List<ItemPoint>>> history = new java.util.HashMap<>();
        if (wanted.isEmpty()) {
            return history;
        }
        List<java.util.Map.Entry<String, Long>> runs = jdbc.sql("SELECT period_code, MAX(id) FROM assessment_run WHERE plan_id = ? "
                        + "AND period_code < ? AND finished_at IS NOT NULL GROUP BY period_code ORDER BY period_code DESC")
                .params(planId, period.toString())
                .query((rs, n) -> java.util.Map.entry(rs.getString(1), rs.getLong(2))).list();
        List<java.util.Map.Entry<String, Long>> recent = new java.util.ArrayList<>(runs.subList(0, Math.min(quarters, runs.size())));
        java.util.Collections.reverse(recent);
        // Only the rows of the items behind target somewhere: a few of 80 items, so most of each run is never read.
        List<String> items = wanted.stream().map(e -> e.getValue().value()).distinct().sorted().toList();
        String placeholders = String.join(",", java.util.Collections.nCopies(items.size(), "?"));
        for (java.util.Map.Entry<String, Long> run : recent) {
            Period p = Period.of(run.getKey());
            List<Object> params = new java.util.ArrayList<>();
            params.add(run.getValue());
            params.addAll(items);
            jdbc.sql("SELECT unit_code, item_code, value_text, completion, flag FROM assessment_item WHERE run_id = ? "
                            + "AND item_code IN (" + placeholders + ")")
                    .params(params)
                    .query(rs -> {
                        var unit = kaohe.shared.UnitCode.of(rs.getString(1));
                        var item = ItemCode.of(rs.getString(2));
                        if (wanted.contains(java.util.Map.entry(unit, item))) {
                            history.computeIfAbsent(unit, u -> new java.util.HashMap<>()).computeIfAbsent(item, i -> new java.util.ArrayList<>())
                                    .add(new ItemPoint(p, rs.getString(3), rs.getBigDecimal(4), ScoreFlag.valueOf(rs.getString(5))));
                        }
                    });
        }
        return history;
    }

    public Optional<Long> latestRun(String planId, Period period) {
        return jdbc.sql("SELECT MAX(id) FROM assessment_run WHERE plan_id = ? AND period_code = ? AND finished_at IS NOT NULL")
                .params(planId, period.toString()).query(Long.class).optional();
    }

    private List<Adjustment> adjustments(long runId, ReportingUnit unit) {
        return jdbc.sql("SELECT item_code, points, veto, reason, document FROM assessment_adjustment WHERE run_id = ? AND unit_code = ? "
                        + "ORDER BY ordinal")
                .params(runId, unit.code().value())
                .query((rs, n) -> new Adjustment(unit.code(), rs.getString(1) == null ? null : ItemCode.of(rs.getString(1)),
                        kaohe.shared.Decimals.canonical(rs.getBigDecimal(2)), rs.getBoolean(3), rs.getString(4), rs.getString(5)))
                .list();
    }

    private List<ItemScore> items(long runId, ReportingUnit unit) {
        return jdbc.sql("SELECT * FROM assessment_item WHERE run_id = ? AND unit_code = ? ORDER BY ordinal")
                .params(runId, unit.code().value())
                .query((rs, n) -> new ItemScore(ItemCode.of(rs.getString("item_code")), rs.getString("item_name"),
                        ItemType.valueOf(rs.getString("item_type")), TargetKind.valueOf(rs.getString("kind")),
                        rs.getBigDecimal("value_number"), rs.getString("value_text"), rs.getString("target_text"),
                        rs.getBigDecimal("target"), rs.getBigDecimal("expected"), rs.getBigDecimal("completion"),
                        rs.getBigDecimal("weight"), rs.getBigDecimal("score"), ScoreFlag.valueOf(rs.getString("flag")),
                        rs.getString("rule_text"), rs.getString("source_file"), rs.getString("source_cell")))
                .list();
    }

    private static java.time.LocalDateTime seconds(Instant instant) {
        return kaohe.shared.UtcTime.column(instant);
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
