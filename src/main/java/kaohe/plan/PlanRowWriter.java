package kaohe.plan;

import java.util.List;
import java.util.stream.Collectors;
import kaohe.shared.UnitCode;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Writes one plan version's rows; the caller holds the transaction. */
final class PlanRowWriter {

    private final JdbcClient jdbc;
    /** Units and their items go in batches: a plan of 10,000 units has 600,000 item-unit rows. */
    private final org.springframework.jdbc.core.JdbcTemplate batch;

    PlanRowWriter(JdbcClient jdbc, org.springframework.jdbc.core.JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    long write(Plan plan) {
        jdbc.sql("INSERT INTO plan_version (plan_id, version, name, document, is_default, start_period, end_period, "
                        + "outlook_years, deadline_days, weight_total, late_penalty, stored_at, headline_categories, checklist_categories, "
                        + "report_office, report_subject, min_ranked_items, county_group, bureau_group, area_name) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(plan.id(), plan.version(), plan.name(), plan.document(), plan.isDefault(),
                        plan.start().toString(), plan.end().toString(),
                        plan.outlookYears().stream().sorted().map(String::valueOf).collect(Collectors.joining(",")),
                        plan.deadline().daysAfterQuarterEnd(), plan.weightTotal(), plan.latePenalty(),
                        kaohe.shared.UtcTime.column(java.time.Instant.now()),
                        String.join(",", plan.headlineCategories()),
                        plan.checklistCategories().stream().sorted().collect(Collectors.joining(",")),
                        plan.reporting().office(), plan.reporting().subject(), plan.reporting().minimumRanked(),
                        plan.reporting().countyGroup(), plan.reporting().bureauGroup(), plan.reporting().area())
                .update();
        long id = jdbc.sql("SELECT id FROM plan_version WHERE plan_id = ? AND version = ?")
                .params(plan.id(), plan.version()).query(Long.class).single();
        List<Object[]> units = new java.util.ArrayList<>();
        for (ReportingUnit unit : plan.units()) {
            units.add(new Object[]{id, units.size(), unit.code().value(), unit.name(), unit.peerGroup().name()});
        }
        batch.batchUpdate("INSERT INTO plan_unit (plan_version_id, ordinal, code, name, peer_group) VALUES (?, ?, ?, ?, ?)", units);
        int ordinal = 0;
        for (Category category : plan.categories()) {
            jdbc.sql("INSERT INTO plan_category (plan_version_id, ordinal, code, name, weight) VALUES (?, ?, ?, ?, ?)")
                    .params(id, ordinal++, category.code(), category.name(), category.weight()).update();
        }
        ordinal = 0;
        for (Indicator i : plan.indicators()) {
            writeIndicator(id, ordinal++, i);
        }
        ordinal = 0;
        for (Task t : plan.tasks()) {
            jdbc.sql("INSERT INTO plan_task (plan_version_id, ordinal, code, name, category, task_group, weight, source) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(id, ordinal++, t.code().value(), t.name(), t.category(), t.group(), t.weight(), t.source().text())
                    .update();
            writeUnits(id, t.code().value(), t.units());
        }
        batch.batchUpdate("INSERT INTO plan_baseline (plan_version_id, indicator_code, unit_code, baseline_year, baseline, source) "
                        + "VALUES (?, ?, ?, ?, ?, ?)",
                plan.unitBaselines().stream().map(b -> new Object[]{id, b.indicator().value(), b.unit().value(), b.baseline().year(),
                        b.baseline().value(), b.source()}).toList());
        batch.batchUpdate("INSERT INTO plan_unit_target (plan_version_id, indicator_code, unit_code, target_year, target, target_max, "
                        + "wording, tolerance, pending, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                plan.unitTargets().stream().map(t -> new Object[]{id, t.indicator().value(), t.unit().value(), t.target().year(),
                        t.target().target(), t.target().targetMax(), t.target().wording().name(), t.target().tolerance(),
                        t.target().pending(), t.target().source().text()}).toList());
        return id;
    }

    private void writeIndicator(long id, int ordinal, Indicator i) {
        jdbc.sql("INSERT INTO plan_indicator (plan_version_id, ordinal, code, name, category, kind, direction, span, "
                        + "unit_of_measure, baseline, baseline_year, lead_unit, due, weight, deduction_points, deduction_step, na_allowed, source, either_of, "
                        + "whole_aggregate, all_of, yearly, ratio_text, ratio_per) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(id, ordinal, i.code().value(), i.name(), i.category(), i.rule().kind().name(),
                        i.rule().direction() == null ? null : i.rule().direction().name(), i.rule().span(),
                        i.unitOfMeasure(),
                        i.baseline() == null ? null : i.baseline().value(),
                        i.baseline() == null ? null : i.baseline().year(),
                        i.leadUnit().value(), i.due().name(), i.weight(),
                        i.deduction() == null ? null : i.deduction().pointsPerStep(),
                        i.deduction() == null ? null : i.deduction().step(),
                        i.allowsNotApplicable(), i.source().text(), i.eitherOf(), i.whole() == null ? null : i.whole().name(), i.allOf(), i.yearly(),
                        i.ratio() == null ? null : i.ratio().text(), i.ratio() == null ? null : i.ratio().per())
                .update();
        for (YearTarget t : i.targets()) {
            jdbc.sql("INSERT INTO plan_target (plan_version_id, indicator_code, target_year, target, target_max, source, wording, tolerance) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(id, i.code().value(), t.year(), t.target(), t.targetMax(), t.source().text(), t.wording().name(), t.tolerance())
                    .update();
        }
        writeUnits(id, i.code().value(), i.reportedBy());
    }

    private void writeUnits(long id, String itemCode, List<UnitCode> units) {
        List<Object[]> rows = new java.util.ArrayList<>(units.size());
        for (UnitCode unit : units) {
            rows.add(new Object[]{id, itemCode, rows.size(), unit.value()});
        }
        batch.batchUpdate("INSERT INTO plan_item_unit (plan_version_id, item_code, ordinal, unit_code) VALUES (?, ?, ?, ?)", rows);
    }
}
