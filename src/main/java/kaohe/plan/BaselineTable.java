package kaohe.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kaohe.shared.ItemCode;
import kaohe.shared.UnitCode;

/**
 * {@code baselines.csv}, optional: a unit's own value of an indicator in a year before the plan
 * starts (code, unit, year, value, source). A plan without the file has no unit baselines.
 */
final class BaselineTable {

    static final String FILE = "baselines.csv";
    static final List<String> COLUMNS = List.of("code", "unit", "year", "value", "source");

    private final List<UnitBaseline> baselines = new ArrayList<>();

    BaselineTable(CsvTableReader reader, Problems problems, PlanHeader header, Map<ItemCode, Indicator> indicators) {
        Map<String, Integer> seen = new HashMap<>();
        for (CsvRow row : reader.readOptional(FILE, COLUMNS)) {
            Cells cells = new Cells(row, problems);
            Indicator indicator = cells.indicator(indicators);
            UnitCode unit = cells.reporter(indicator, "它的基数");
            Integer year = cells.integer("year");
            BigDecimal value = cells.requiredDecimal("value");
            String source = cells.required("source");
            ItemCode code = indicator == null ? null : indicator.code();
            if (year != null && header != null && year >= header.start().year()) {
                cells.problem("year", "基数年份 " + year + " 应早于计划开始的 " + header.start().year() + " 年");
                year = null;
            }
            if (indicator == null || unit == null || year == null || value == null || source == null) {
                continue;
            }
            Integer first = seen.putIfAbsent(code + "/" + unit + "/" + year, row.line());
            if (first != null) {
                cells.problem("code", code + " " + unit + " " + year + " 年的基数重复（已见于第 " + first + " 行）");
                continue;
            }
            baselines.add(new UnitBaseline(code, unit, new Baseline(value, year), source));
        }
    }

    List<UnitBaseline> baselines() {
        return baselines;
    }
}
