package kaohe.score;

import java.time.Instant;
import java.math.BigDecimal;
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
    private final DataSource dataSource;

    public AssessmentStore(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
        this.batch = new org.springframework.jdbc.core.JdbcTemplate(dataSource);
        this.dataSource = dataSource;
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
        List<Object[]> adjustments = new ArrayList<>();
        for (Adjustment adj : a.adjustments()) {
            adjustments.add(new Object[]{runId, unit, adjustments.size(), adj.item() == null ? null : adj.item().value(), adj.points(),
                    adj.veto(), clip(adj.reason(), 500), clip(adj.document(), 200)});
        }
        if (!adjustments.isEmpty()) {
            batch.batchUpdate("INSERT INTO assessment_adjustment (run_id, unit_code, ordinal, item_code, points, veto, reason, document) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", adjustments);
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

    /** The run's assessments, in the plan's unit order: three queries whatever the number of units. */
    public List<UnitAssessment> load(long runId, Plan plan) {
        java.util.Map<String, List<ItemScore>> items = new java.util.HashMap<>();
        kaohe.shared.LargeResults shared = new kaohe.shared.LargeResults();
        // Streamed: a run of 10,000 units has 600,000 items, which the driver would otherwise hold all at once.
        jdbc.sql("SELECT * FROM assessment_item WHERE run_id = ? ORDER BY unit_code, ordinal").withFetchSize(kaohe.shared.LargeResults.streamingFetchSize(dataSource))
                .param(runId)
                .query(rs -> {
                    items.computeIfAbsent(rs.getString("unit_code"), u -> new ArrayList<>()).add(item(rs, shared));
                });
        java.util.Map<String, List<Adjustment>> adjustments = new java.util.HashMap<>();
        jdbc.sql("SELECT unit_code, item_code, points, veto, reason, document FROM assessment_adjustment WHERE run_id = ? "
                        + "ORDER BY unit_code, ordinal").param(runId)
                .query(rs -> {
                    adjustments.computeIfAbsent(rs.getString(1), u -> new ArrayList<>()).add(new Adjustment(
                            kaohe.shared.UnitCode.of(rs.getString(1)), rs.getString(2) == null ? null : ItemCode.of(rs.getString(2)),
                            kaohe.shared.Decimals.canonical(rs.getBigDecimal(3)), rs.getBoolean(4), rs.getString(5), rs.getString(6)));
                });
        java.util.Map<String, BigDecimal[]> sums = new java.util.HashMap<>();
        jdbc.sql("SELECT unit_code, weight_sum, score_sum, late_penalty, total FROM assessment_unit WHERE run_id = ?").param(runId)
                .query(rs -> {
                    sums.put(rs.getString(1), new BigDecimal[]{rs.getBigDecimal(2), rs.getBigDecimal(3), rs.getBigDecimal(4),
                            rs.getBigDecimal(5)});
                });
        List<UnitAssessment> assessments = new ArrayList<>();
        for (ReportingUnit unit : plan.units()) {
            BigDecimal[] sum = sums.get(unit.code().value());
            if (sum != null) {
                assessments.add(new UnitAssessment(unit, items.getOrDefault(unit.code().value(), List.of()), sum[0], sum[1], sum[2], sum[3],
                        adjustments.getOrDefault(unit.code().value(), List.of())));
            }
        }
        return assessments;
    }

    /** Totals of every unit in the latest finished run of each period before {@code period}, oldest first. */
    public java.util.Map<Period, java.util.Map<kaohe.shared.UnitCode, java.math.BigDecimal>> earlierTotals(String planId, Period period) {
        java.util.Map<Period, java.util.Map<kaohe.shared.UnitCode, java.math.BigDecimal>> totals = new java.util.TreeMap<>();
        // One query: the latest finished run of each earlier period, joined to its units' totals.
        jdbc.sql("SELECT r.period_code, u.unit_code, u.total FROM assessment_unit u JOIN assessment_run r ON r.id = u.run_id "
                        + "WHERE r.id IN (SELECT MAX(id) FROM assessment_run WHERE plan_id = ? AND period_code < ? AND finished_at IS NOT NULL "
                        + "GROUP BY period_code)")
                .params(planId, period.toString())
                .query(rs -> {
                    totals.computeIfAbsent(Period.of(rs.getString(1)), p -> new java.util.HashMap<>())
                            .put(kaohe.shared.UnitCode.of(rs.getString(2)), rs.getBigDecimal(3));
                });
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

    /** Whether run {@code runId} was recorded finished: its outputs may then stand in the outbox. */
    public boolean isFinished(long runId) {
        return jdbc.sql("SELECT COUNT(*) FROM assessment_run WHERE id = ? AND finished_at IS NOT NULL").param(runId)
                .query(Long.class).single() > 0;
    }

    public Optional<Long> latestRun(String planId, Period period) {
        return jdbc.sql("SELECT MAX(id) FROM assessment_run WHERE plan_id = ? AND period_code = ? AND finished_at IS NOT NULL")
                .params(planId, period.toString()).query(Long.class).optional();
    }

    private static ItemScore item(java.sql.ResultSet rs, kaohe.shared.LargeResults shared) throws java.sql.SQLException {
        return ItemScore.of(shared.code(rs.getString("item_code")), shared.text(rs.getString("item_name")), ItemType.valueOf(rs.getString("item_type")),
                        TargetKind.valueOf(rs.getString("kind")), shared.number(rs.getBigDecimal("weight")))
                .reported(rs.getBigDecimal("value_number"), rs.getString("value_text"))
                .against(shared.text(rs.getString("target_text")), shared.number(rs.getBigDecimal("target")), shared.number(rs.getBigDecimal("expected")))
                .scored(rs.getBigDecimal("completion"), rs.getBigDecimal("score"))
                .flagged(ScoreFlag.valueOf(rs.getString("flag"))).because(shared.text(rs.getString("rule_text")))
                .from(shared.text(rs.getString("source_file")), rs.getString("source_cell")).build();
    }

    private static java.time.LocalDateTime seconds(Instant instant) {
        return kaohe.shared.UtcTime.column(instant);
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
