package kaohe.score;

import java.math.BigDecimal;
import kaohe.shared.ItemCode;
import kaohe.shared.UnitCode;

/**
 * One line of the office's 加减分 for a period: points on one item or on the total, or a veto (一票否决),
 * with the reason and the document it rests on.
 *
 * @param item   the item adjusted, null for the total or a veto
 * @param points signed points (+ 加分, − 减分); null for a veto
 */
public record Adjustment(UnitCode unit, ItemCode item, BigDecimal points, boolean veto, String reason, String document) {

    public boolean onTotal() {
        return !veto && item == null;
    }

    /** "减分 −2（未按期整改，嘉质强办〔2019〕12号）", as reports and explain show it. */
    public String text() {
        String why = reason + (document.isEmpty() ? "" : "，" + document);
        if (veto) {
            return "一票否决（" + why + "）";
        }
        String signed = (points.signum() >= 0 ? "+" : "−") + kaohe.shared.Decimals.plain(points.abs());
        return (points.signum() >= 0 ? "加分 " : "减分 ") + signed + "（" + why + "）";
    }
}
