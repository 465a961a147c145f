package kaohe.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import kaohe.shared.ItemCode;
import kaohe.shared.Period;
import kaohe.shared.UnitCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stored plan versions. {@link #save} is idempotent per (plan id, version) and writes a version in one
 * transaction, so a crash never leaves half a plan; {@link #load} gives back an equal {@link Plan}.
 */
@Repository
public class PlanStore {

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final PlanRowWriter writer;

    public PlanStore(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
        this.transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.writer = new PlanRowWriter(jdbc, new org.springframework.jdbc.core.JdbcTemplate(dataSource));
    }

    /** Stores the plan unless this version is already stored; returns the stored version's row id. */
    public long save(Plan plan) {
        Long id = transaction.execute(status -> {
            Optional<Long> existing = idOf(plan.id(), plan.version());
            return existing.orElseGet(() -> writer.write(plan));
        });
        return id == null ? -1 : id;
    }

    public Optional<Long> idOf(String planId, String version) {
        return jdbc.sql("SELECT id FROM plan_version WHERE plan_id = ? AND version = ?")
                .params(planId, version).query(Long.class).optional();
    }

    /** When the version was stored, if it is. */
    public Optional<java.time.Instant> storedAt(String planId, String version) {
        return jdbc.sql("SELECT stored_at FROM plan_version WHERE plan_id = ? AND version = ?")
                .params(planId, version).query((rs, n) -> kaohe.shared.UtcTime.read(rs, 1)).optional();
    }

    /** One line naming the plan and its version, and whether that version is stored, for status and explain. */
    public String describe(Plan plan) {
        return "考核计划：" + plan.name() + "（" + plan.id() + "），版本 " + plan.version().substring(0, 12)
                + storedAt(plan.id(), plan.version()).map(at -> "，已存储").orElse("，尚未存储");
    }

    public Optional<Plan> load(String planId, String version) {
        return idOf(planId, version).map(this::load);
    }

    private Plan load(long id) {
        Map<String, List<UnitCode>> unitsByItem = new HashMap<>();
        jdbc.sql("SELECT item_code, unit_code FROM plan_item_unit WHERE plan_version_id = ? ORDER BY item_code, ordinal")
                .param(id)
                .query((rs, n) -> unitsByItem.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                        .add(UnitCode.of(rs.getString(2))))
                .list();
        Map<String, List<YearTarget>> targets = new HashMap<>();
        jdbc.sql("SELECT indicator_code, target_year, target, target_max, source, wording, tolerance FROM plan_target "
                        + "WHERE plan_version_id = ? ORDER BY indicator_code, target_year")
                .param(id)
                .query((rs, n) -> targets.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                        .add(new YearTarget(rs.getInt(2), rs.getBigDecimal(3), rs.getBigDecimal(4), new Citation(rs.getString(5)),
                                TargetWording.valueOf(rs.getString(6)), rs.getBigDecimal(7), false)))
                .list();
        List<UnitTarget> unitTargets = jdbc.sql("SELECT indicator_code, unit_code, target_year, target, target_max, wording, tolerance, "
                        + "pending, source FROM plan_unit_target WHERE plan_version_id = ? ORDER BY indicator_code, unit_code, target_year")
                .param(id)
                .query((rs, n) -> new UnitTarget(ItemCode.of(rs.getString(1)), UnitCode.of(rs.getString(2)),
                        new YearTarget(rs.getInt(3), rs.getBigDecimal(4), rs.getBigDecimal(5), new Citation(rs.getString(9)),
                                TargetWording.valueOf(rs.getString(6)), rs.getBigDecimal(7), rs.getBoolean(8))))
                .list();
        List<ReportingUnit> units = jdbc.sql("SELECT code, name, peer_group FROM plan_unit WHERE plan_version_id = ? ORDER BY ordinal")
                .param(id)
                .query((rs, n) -> new ReportingUnit(UnitCode.of(rs.getString(1)), rs.getString(2), PeerGroup.valueOf(rs.getString(3))))
                .list();
        List<Category> categories = jdbc.sql("SELECT code, name, weight FROM plan_category WHERE plan_version_id = ? ORDER BY ordinal")
                .param(id)
                .query((rs, n) -> new Category(rs.getString(1), rs.getString(2), rs.getBigDecimal(3)))
                .list();
        List<Indicator> indicators = jdbc.sql("SELECT * FROM plan_indicator WHERE plan_version_id = ? ORDER BY ordinal")
                .param(id)
                .query((rs, n) -> new Indicator(
                        ItemCode.of(rs.getString("code")), rs.getString("name"), rs.getString("category"),
                        new TargetRule(TargetKind.valueOf(rs.getString("kind")),
                                rs.getString("direction") == null ? null : Direction.valueOf(rs.getString("direction")),
                                rs.getInt("span")),
                        rs.getString("unit_of_measure"),
                        rs.getBigDecimal("baseline") == null ? null : new Baseline(rs.getBigDecimal("baseline"), rs.getInt("baseline_year")),
                        UnitCode.of(rs.getString("lead_unit")),
                        unitsByItem.getOrDefault(rs.getString("code"), List.of()),
                        Due.valueOf(rs.getString("due")), rs.getBigDecimal("weight"),
                        deduction(rs.getBigDecimal("deduction_points"), rs.getBigDecimal("deduction_step")),
                        rs.getBoolean("na_allowed"),
                        targets.getOrDefault(rs.getString("code"), List.of()),
                        new Citation(rs.getString("source")), rs.getString("either_of"),
                        rs.getString("whole_aggregate") == null ? null : Aggregate.valueOf(rs.getString("whole_aggregate")),
                        rs.getString("all_of"), rs.getBigDecimal("yearly"),
                        rs.getString("ratio_text") == null ? null
                                : Ratio.parse(rs.getString("ratio_text"), rs.getBigDecimal("ratio_per")).orElseThrow()))
                .list();
        List<UnitBaseline> baselines = jdbc.sql("SELECT indicator_code, unit_code, baseline_year, baseline, source FROM plan_baseline "
                        + "WHERE plan_version_id = ? ORDER BY indicator_code, unit_code, baseline_year")
                .param(id)
                .query((rs, n) -> new UnitBaseline(ItemCode.of(rs.getString(1)), UnitCode.of(rs.getString(2)),
                        new Baseline(rs.getBigDecimal(4), rs.getInt(3)), rs.getString(5)))
                .list();
        List<Task> tasks = jdbc.sql("SELECT code, name, category, task_group, weight, source FROM plan_task "
                        + "WHERE plan_version_id = ? ORDER BY ordinal")
                .param(id)
                .query((rs, n) -> new Task(ItemCode.of(rs.getString(1)), rs.getString(2), rs.getString(3), rs.getString(4),
                        unitsByItem.getOrDefault(rs.getString(1), List.of()), rs.getBigDecimal(5), new Citation(rs.getString(6))))
                .list();
        return jdbc.sql("SELECT * FROM plan_version WHERE id = ?").param(id)
                .query((rs, n) -> Plan.of(rs.getString("plan_id"), rs.getString("version"), rs.getString("name"),
                        rs.getString("document"), rs.getBoolean("is_default"), Period.of(rs.getString("start_period")),
                        Period.of(rs.getString("end_period")), years(rs.getString("outlook_years")),
                        new DeadlineRule(rs.getInt("deadline_days")), rs.getBigDecimal("weight_total"),
                        rs.getBigDecimal("late_penalty"),
                        units, categories, indicators, tasks, baselines, unitTargets, codes(rs.getString("headline_categories")),
                        Set.copyOf(codes(rs.getString("checklist_categories"))),
                        new ReportSettings(rs.getString("report_office"), rs.getString("report_subject"), rs.getInt("min_ranked_items"),
                                rs.getString("county_group"), rs.getString("bureau_group"), rs.getString("area_name"))))
                .single();
    }

    private static Deduction deduction(BigDecimal points, BigDecimal step) {
        return points == null ? null : new Deduction(points, step);
    }

    private static List<String> codes(String text) {
        return Arrays.stream(text.split(",")).filter(s -> !s.isBlank()).toList();
    }

    private static Set<Integer> years(String text) {
        return Arrays.stream(text.split(",")).filter(s -> !s.isBlank()).map(Integer::valueOf).collect(Collectors.toSet());
    }
}
