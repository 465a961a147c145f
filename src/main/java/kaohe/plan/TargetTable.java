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
 * (a kind that needs a value has one) and the plan's years.
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
            Integer year = cells.integer("year");
            if (year == null && cells.text("year").isEmpty()) {
                cells.problem("year", "不能为空");
            }
            if (year != null && header != null && !header.isKnownYear(year)) {
                cells.problem("year", year + " 年不在计划期 " + header.start().year() + "–" + header.end().year()
                        + " 内，也不是展望年份 " + header.outlookYears());
                year = null;
            }
            if (code != null && year != null && !seen.add(code + "/" + year)) {
                cells.problem("year", "指标 " + code + " 的 " + year + " 年目标重复");
                continue;
            }
            BigDecimal target = cells.decimal("target");
            BigDecimal targetMax = cells.decimal("target_max");
            Citation source = cells.citation("source");
            if (indicator != null && !valuesFit(indicator.rule().kind(), target, targetMax, cells)) {
                continue;
            }
            if (indicator != null && year != null && source != null) {
                byIndicator.computeIfAbsent(code, c -> new ArrayList<>())
                        .add(new YearTarget(year, target, targetMax, source));
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

    private static boolean valuesFit(TargetKind kind, BigDecimal target, BigDecimal targetMax, Cells cells) {
        boolean fits = true;
        if (kind.needsTarget() && target == null && cells.text("target").isEmpty()) {
            cells.problem("target", kind + " 类指标必须填写目标值");
            fits = false;
        }
        if (!kind.needsTarget() && !cells.text("target").isEmpty()) {
            cells.problem("target", kind + " 类指标不填目标值（比较对象另行提供），应留空");
            fits = false;
        }
        if (kind.needsTargetMax() && targetMax == null && cells.text("target_max").isEmpty()) {
            cells.problem("target_max", "RANGE 类指标必须填写区间上限");
            fits = false;
        }
        if (!kind.needsTargetMax() && !cells.text("target_max").isEmpty()) {
            cells.problem("target_max", "只有 RANGE 类指标填写区间上限，应留空");
            fits = false;
        }
        if (target != null && targetMax != null && targetMax.compareTo(target) < 0) {
            cells.problem("target_max", "区间上限 " + targetMax.toPlainString() + " 小于目标值 " + target.toPlainString());
            fits = false;
        }
        if (kind == TargetKind.RANK_WITHIN && target != null && (target.scale() > 0 || target.signum() == 0)) {
            cells.problem("target", "名次应为正整数，如“前10位”写 10");
            fits = false;
        }
        return fits;
    }
}
