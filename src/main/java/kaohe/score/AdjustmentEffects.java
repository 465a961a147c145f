package kaohe.score;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import kaohe.shared.Decimals;

/**
 * The office's 加减分 that changed nothing: an item that does not count this period, a score already at 0 or
 * its full weight, a total already at 0 or 100, or points on the total of a unit vetoed anyway. The office
 * meant them to change something, so it is told.
 */
public final class AdjustmentEffects {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private AdjustmentEffects() {
    }

    /** One Chinese line per adjustment without effect. */
    public static List<String> ineffective(List<UnitAssessment> assessments) {
        List<String> lines = new ArrayList<>();
        for (UnitAssessment a : assessments) {
            String unit = a.unit().name() + "（" + a.unit().code() + "）";
            for (Adjustment adjustment : a.adjustments()) {
                if (adjustment.veto()) {
                    continue;
                }
                String why = adjustment.item() != null ? onItem(a, adjustment) : onTotal(a);
                if (why != null) {
                    lines.add("加减分没有改变得分：" + unit + (adjustment.item() == null ? " 总分 " : " " + adjustment.item() + " ")
                            + (adjustment.points().signum() > 0 ? "+" : "") + Decimals.plain(adjustment.points()) + "，" + why);
                }
            }
        }
        return lines;
    }

    private static String onItem(UnitAssessment a, Adjustment adjustment) {
        ItemScore item = a.items().stream().filter(i -> i.item().equals(adjustment.item())).findFirst().orElse(null);
        if (item == null || !item.counts()) {
            return "该项本期不计分";
        }
        // The score before the office's points: what the unit achieved, weight × completion.
        BigDecimal before = item.completion() == null ? null : item.weight().multiply(item.completion(), Exact.CONTEXT);
        if (before == null) {
            return null;
        }
        BigDecimal after = before.add(adjustment.points()).max(BigDecimal.ZERO).min(item.weight());
        if (after.compareTo(before) == 0) {
            return adjustment.points().signum() > 0 ? "该项已得满分" : "该项得分已为 0";
        }
        return null;
    }

    private static String onTotal(UnitAssessment a) {
        if (a.veto().isPresent()) {
            return "该单位已被一票否决";
        }
        BigDecimal base = a.baseTotal();
        if (base == null) {
            return "该单位本期没有计分的项目";
        }
        BigDecimal adjusted = base.add(a.totalAdjustment()).max(BigDecimal.ZERO).min(HUNDRED);
        if (adjusted.compareTo(base) == 0) {
            return a.totalAdjustment().signum() > 0 ? "总分已是 100 分" : "总分已为 0 分";
        }
        return null;
    }
}
