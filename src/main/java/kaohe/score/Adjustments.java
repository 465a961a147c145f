package kaohe.score;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import kaohe.plan.Plan;
import kaohe.shared.DataFileProblem;
import kaohe.shared.Decimals;
import kaohe.shared.OfficeCsv;
import kaohe.shared.ItemCode;
import kaohe.shared.UnitCode;

/**
 * The office's 加减分 and 一票否决 for one period, from {@code <home>/adjustments/<P>.csv} (columns
 * unit_code, applies_to, points, reason, document; UTF-8, Excel's byte-order mark allowed). applies_to is
 * an item code, 总分 (or total) or 一票否决 (or veto). A bad line stops the assessment with its line, in
 * Chinese: an adjustment read wrongly is worse than one not applied.
 */
public final class Adjustments {

    static final List<String> COLUMNS = List.of("unit_code", "applies_to", "points", "reason", "document");
    private static final Set<String> TOTAL = Set.of("总分", "total");
    private static final Set<String> VETO = Set.of("一票否决", "veto");

    private final List<Adjustment> all;

    private Adjustments(List<Adjustment> all) {
        this.all = List.copyOf(all);
    }

    public static Adjustments none() {
        return new Adjustments(List.of());
    }

    public List<Adjustment> all() {
        return all;
    }

    public List<Adjustment> of(UnitCode unit) {
        return all.stream().filter(a -> a.unit().equals(unit)).toList();
    }

    /** Reads the file; no file means no adjustments. */
    public static Adjustments load(Path file, Plan plan) {
        if (!Files.isRegularFile(file)) {
            return none();
        }
        String name = "加减分文件 " + file.getFileName();
        return new Adjustments(OfficeCsv.rows(file, name, COLUMNS).stream()
                .map(row -> parse(row, name + " 第 " + row.line() + " 行", plan)).toList());
    }

    private static Adjustment parse(OfficeCsv.Row row, String where, Plan plan) {
        String unitText = row.get("unit_code");
        if (!UnitCode.isValid(unitText) || plan.unit(UnitCode.of(unitText)).isEmpty()) {
            throw new DataFileProblem(where + "：单位“" + unitText + "”不在计划的单位中");
        }
        UnitCode unit = UnitCode.of(unitText);
        String appliesTo = row.get("applies_to");
        String reason = row.get("reason");
        String document = row.get("document");
        if (reason.isEmpty()) {
            throw new DataFileProblem(where + "：请写明理由（reason）");
        }
        String pointsText = row.get("points");
        if (VETO.contains(appliesTo)) {
            if (!pointsText.isEmpty()) {
                throw new DataFileProblem(where + "：一票否决不填分值（points 应留空）");
            }
            return new Adjustment(unit, null, null, true, reason, document);
        }
        BigDecimal points;
        try {
            points = Decimals.parse(pointsText.replace('−', '-'));
        } catch (NumberFormatException e) {
            throw new DataFileProblem(where + "：分值“" + pointsText + "”不是数字（加分写 2，减分写 -2）");
        }
        if (TOTAL.contains(appliesTo)) {
            return new Adjustment(unit, null, points, false, reason, document);
        }
        boolean reports = ItemCode.isValid(appliesTo) && (plan.indicatorsReportedBy(unit).anyMatch(i -> i.code().value().equals(appliesTo))
                || plan.tasksReportedBy(unit).anyMatch(t -> t.code().value().equals(appliesTo)));
        if (!reports) {
            throw new DataFileProblem(where + "：applies_to“" + appliesTo + "”应为该单位考核的指标或任务编码、“总分”或“一票否决”");
        }
        return new Adjustment(unit, ItemCode.of(appliesTo), points, false, reason, document);
    }
}
