package kaohe.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kaohe.shared.ItemCode;
import kaohe.shared.UnitCode;

/**
 * {@code unit-targets.csv}, optional: a unit's own target for an indicator in a year (目标分解), which governs that unit
 * instead of targets.csv's (code, unit, year, target, target_max, wording, tolerance, source). An empty target is one the
 * plan expects and the office has yet to fill: the unit is not assessed on the item until it is.
 */
final class UnitTargetTable {

    static final String FILE = "unit-targets.csv";
    static final List<String> COLUMNS = List.of("code", "unit", "year", "target", "target_max", "source");

    private final List<UnitTarget> targets = new ArrayList<>();

    UnitTargetTable(CsvTableReader reader, Problems problems, PlanHeader header, Map<ItemCode, Indicator> indicators) {
        Map<String, Integer> seen = new HashMap<>();
        for (CsvRow row : reader.readOptional(FILE, COLUMNS)) {
            Cells cells = new Cells(row, problems);
            Indicator indicator = cells.indicator(indicators);
            UnitCode unit = cells.reporter(indicator, "它自己的目标");
            Integer year = cells.plannedYear(header);
            String source = cells.required("source");
            ItemCode code = indicator == null ? null : indicator.code();
            BigDecimal target = cells.decimal("target");
            BigDecimal targetMax = cells.decimal("target_max");
            if (indicator == null || unit == null || year == null || source == null) {
                continue;
            }
            TargetKind kind = indicator.rule().kind();
            if (!kind.needsTarget()) {
                cells.problem("code", kind + " 类指标没有目标值，各单位共用同一比较对象，不能分解到单位");
                continue;
            }
            if (!TargetCells.valuesFit(kind, target, targetMax, cells, true)) {
                continue;
            }
            TargetCells.Worded worded = TargetCells.wording(cells, kind);
            if (worded == null) {
                continue;
            }
            Integer first = seen.putIfAbsent(code + "/" + unit + "/" + year, row.line());
            if (first != null) {
                cells.problem("code", code + " " + unit + " " + year + " 年的单位目标重复（已见于第 " + first + " 行）");
                continue;
            }
            boolean pending = target == null && cells.text("target").isEmpty();
            targets.add(new UnitTarget(code, unit, new YearTarget(year, target, targetMax,
                    new Citation(source), worded.wording(), worded.tolerance(), pending)));
        }
    }

    List<UnitTarget> targets() {
        return targets;
    }
}
