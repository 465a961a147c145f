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
    /** What the stored record keeps (assessment_adjustment.reason, .document): longer would be cut. */
    static final int MAX_REASON = 500;
    static final int MAX_DOCUMENT = 200;
    private static final BigDecimal FULL_MARK = BigDecimal.valueOf(100);

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
        List<Adjustment> all = new java.util.ArrayList<>();
        java.util.Map<Adjustment, Long> lines = new java.util.HashMap<>();
        for (OfficeCsv.Row row : OfficeCsv.rows(file, name, COLUMNS)) {
            String where = name + " 第 " + row.line() + " 行";
            Adjustment adjustment = parse(row, where, plan);
            // The same line twice is a paste, not two decisions: it would count twice.
            Long earlier = lines.putIfAbsent(same(adjustment), row.line());
            if (earlier != null) {
                throw new DataFileProblem(where + "与第 " + earlier + " 行完全相同（单位、项目、分值、理由、文号）：同一条加减分会被算两次。"
                        + "请删去重复的一行；确是两次加减分的，请在理由或文号中写明区别");
            }
            all.add(adjustment);
        }
        return new Adjustments(all);
    }

    /** The line's content with the points compared by value, so 2 and 2.0 are the same line. */
    private static Adjustment same(Adjustment a) {
        return new Adjustment(a.unit(), a.item(), a.points() == null ? null : a.points().stripTrailingZeros(), a.veto(), a.reason(),
                a.document());
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
        if (reason.length() > MAX_REASON) {
            throw new DataFileProblem(where + "：理由有 " + reason.length() + " 个字，最多 " + MAX_REASON + " 个：请精简，详细说明可放在文号所指的文件中");
        }
        if (document.length() > MAX_DOCUMENT) {
            throw new DataFileProblem(where + "：文号有 " + document.length() + " 个字，最多 " + MAX_DOCUMENT + " 个：文号列只写文号，例如 嘉质强办〔2019〕12号");
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
        if (points.signum() == 0) {
            throw new DataFileProblem(where + "：分值为 0，这一行不会改变任何得分：请填写要加减的分值，或删去这一行");
        }
        if (points.stripTrailingZeros().scale() > 2) {
            throw new DataFileProblem(where + "：分值“" + pointsText + "”超过两位小数：总分只保留两位小数，请写到 0.01 分");
        }
        if (TOTAL.contains(appliesTo)) {
            if (points.abs().compareTo(FULL_MARK) > 0) {
                throw new DataFileProblem(where + "：分值 " + Decimals.plain(points) + " 超出范围：总分满分 100 分，加减分不能超过 100 分");
            }
            return new Adjustment(unit, null, points, false, reason, document);
        }
        boolean reports = ItemCode.isValid(appliesTo) && (plan.indicatorsReportedBy(unit).anyMatch(i -> i.code().value().equals(appliesTo))
                || plan.tasksReportedBy(unit).anyMatch(t -> t.code().value().equals(appliesTo)));
        if (!reports) {
            throw new DataFileProblem(where + "：applies_to“" + appliesTo + "”应为该单位考核的指标或任务编码、“总分”或“一票否决”");
        }
        ItemCode item = ItemCode.of(appliesTo);
        BigDecimal weight = plan.indicator(item).map(i -> i.weight()).or(() -> plan.task(item).map(t -> t.weight())).orElse(FULL_MARK);
        if (points.abs().compareTo(weight) > 0) {
            throw new DataFileProblem(where + "：分值 " + Decimals.plain(points) + " 超出范围：" + appliesTo + " 的权重为 " + Decimals.plain(weight)
                    + " 分，该项加减分不能超过 " + Decimals.plain(weight) + " 分；要加减总分请在 applies_to 写“总分”");
        }
        return new Adjustment(unit, item, points, false, reason, document);
    }
}
