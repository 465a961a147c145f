package kaohe.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kaohe.shared.ItemCode;

/**
 * {@code targets.csv}: one row per indicator and year. Checks each row against its indicator's kind
 * (a kind that needs a value has one) and the plan's years. Optional columns {@code wording} (达到, 左右, 争取) and
 * {@code tolerance} (左右's) say how firmly the target is meant.
 */
final class TargetTable {

    static final String FILE = "targets.csv";
    static final List<String> COLUMNS = List.of("code", "year", "target", "target_max", "source");

    private final Map<ItemCode, List<YearTarget>> byIndicator = new LinkedHashMap<>();
    private final Set<ItemCode> mentioned = new HashSet<>();

    TargetTable(CsvTableReader reader, Problems problems, PlanHeader header, Map<ItemCode, Indicator> indicators) {
        Set<String> seen = new HashSet<>();
        for (CsvRow row : reader.read(FILE, COLUMNS)) {
            Cells cells = new Cells(row, problems);
            ItemCode code = cells.itemCode("code");
            Indicator indicator = code == null ? null : indicators.get(code);
            if (code != null) {
                mentioned.add(code);
            }
            if (code != null && indicator == null) {
                cells.problem("code", "未知指标“" + code + "”：应为 indicators.csv 中的指标编码");
            }
            Integer year = cells.plannedYear(header);
            if (code != null && year != null && !seen.add(code + "/" + year)) {
                cells.problem("year", "指标 " + code + " 的 " + year + " 年目标重复");
                continue;
            }
            BigDecimal target = cells.decimal("target");
            BigDecimal targetMax = cells.decimal("target_max");
            Citation source = cells.citation("source");
            if (indicator != null && !TargetCells.valuesFit(indicator.rule().kind(), target, targetMax, cells, false)) {
                continue;
            }
            TargetCells.Worded worded = TargetCells.wording(cells, indicator == null ? null : indicator.rule().kind());
            if (indicator != null && year != null && source != null && worded != null) {
                byIndicator.computeIfAbsent(code, c -> new ArrayList<>())
                        .add(new YearTarget(year, target, targetMax, source, worded.wording(), worded.tolerance(), false));
            }
        }
    }

    /** True when some row names the indicator, even a row that had problems. */
    boolean mentions(ItemCode code) {
        return mentioned.contains(code);
    }

    List<YearTarget> targetsOf(ItemCode code) {
        return byIndicator.getOrDefault(code, List.of());
    }
}
