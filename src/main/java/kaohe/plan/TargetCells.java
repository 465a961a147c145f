package kaohe.plan;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;

/**
 * The cells a target row has in targets.csv and unit-targets.csv alike: the value (with a RANGE's upper bound) checked
 * against the indicator's kind, and how firmly it is worded (wording 达到/左右/争取, with 左右's tolerance).
 */
final class TargetCells {

    /** Kinds whose target is a number, the only ones 左右 and 争取 can soften. */
    private static final Set<TargetKind> NUMBERED = EnumSet.of(TargetKind.AT_LEAST, TargetKind.AT_MOST, TargetKind.RANGE,
            TargetKind.CUMULATIVE, TargetKind.RANK_WITHIN);

    private TargetCells() {
    }

    /** The wording and tolerance of the row; null (with the problem stated) when they do not fit. */
    static Worded wording(Cells cells, TargetKind kind) {
        var wording = TargetWording.parse(cells.text("wording"));
        if (wording.isEmpty()) {
            cells.problem("wording", "只能是 达到、左右 或 争取（留空即“达到”），现为“" + cells.text("wording") + "”");
            return null;
        }
        BigDecimal tolerance = cells.decimal("tolerance");
        if (!cells.text("tolerance").isEmpty() && tolerance == null) {
            return null;
        }
        if (wording.get() != TargetWording.AS_STATED && kind != null && !NUMBERED.contains(kind)) {
            cells.problem("wording", kind + " 类指标没有可“" + wording.get().word() + "”的目标值，应留空");
            return null;
        }
        if (wording.get() == TargetWording.ABOUT && (tolerance == null || tolerance.signum() <= 0)) {
            cells.problem("tolerance", "“左右”须写明可差多少（与指标同一计量单位的正数），如“50个左右”按 ±5 写 5");
            return null;
        }
        if (wording.get() != TargetWording.ABOUT && tolerance != null) {
            cells.problem("tolerance", "只有 wording 为“左右”的目标填写 tolerance，应留空");
            return null;
        }
        return new Worded(wording.get(), tolerance);
    }

    record Worded(TargetWording wording, BigDecimal tolerance) {
    }

    /** Whether the value cells fit the kind; {@code pendingAllowed} lets a unit's own target be left for the office to fill. */
    static boolean valuesFit(TargetKind kind, BigDecimal target, BigDecimal targetMax, Cells cells, boolean pendingAllowed) {
        boolean fits = true;
        if (kind.needsTarget() && target == null && cells.text("target").isEmpty() && !pendingAllowed) {
            cells.problem("target", kind + " 类指标必须填写目标值");
            fits = false;
        }
        if (!kind.needsTarget() && !cells.text("target").isEmpty()) {
            cells.problem("target", kind + " 类指标不填目标值（比较对象另行提供），应留空");
            fits = false;
        }
        if (kind.needsTargetMax() && targetMax == null && cells.text("target_max").isEmpty() && !(pendingAllowed && target == null)) {
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
