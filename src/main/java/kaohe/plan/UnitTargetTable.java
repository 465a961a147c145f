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
            ItemCode code = cells.itemCode("code");
            UnitCode unit = cells.unitCode("unit");
            Integer year = cells.integer("year");
            String source = cells.required("source");
            Indicator indicator = code == null ? null : indicators.get(code);
            if (code != null && indicator == null) {
                cells.problem("code", "未知指标 " + code + "：应为 indicators.csv 中的指标编码");
            }
            if (indicator != null && unit != null && !indicator.isReportedBy(unit)) {
                cells.problem("unit", "单位 " + unit + " 不报送指标 " + code + "，不能有它自己的目标");
                unit = null;
            }
            if (year == null && cells.text("year").isEmpty()) {
                cells.problem("year", "不能为空");
            }
            if (year != null && header != null && !header.isKnownYear(year)) {
                cells.problem("year", year + " 年不在计划期 " + header.start().year() + "–" + header.end().year()
                        + " 内，也不是展望年份 " + header.outlookYears());
                year = null;
            }
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
