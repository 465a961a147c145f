package kaohe.score;

import java.util.ArrayList;
import java.util.List;
import kaohe.shared.Decimals;
import kaohe.shared.Period;

/**
 * The answer to "why did we get 71.3?": the total's sum, then every item's value and where it came
 * from, target, rule, completion, weight and score, in Chinese.
 */
public final class Explanation {

    private Explanation() {
    }

    public static List<String> lines(RankedUnit ranked, long peers, Period period, String onlyItem) {
        return lines(ranked, peers, period, onlyItem, ranked.assessment().unit().peerGroup().label());
    }

    /**
     * How the total is made, as explain and the unit report both state it: 总分 88.62 = 100 × 得分合计 29.35 ÷
     * 权重合计 33.125, then any late penalty and the office's points; null total aside.
     *
     * @param scorePlaces the places the score sum is shown to (the report's score column shows 2)
     */
    public static String totalFormula(RankedUnit ranked, int scorePlaces) {
        UnitAssessment a = ranked.assessment();
        return "总分 " + ranked.shownTotal().toPlainString() + " = 100 × 得分合计 " + Exact.shown(a.scoreSum(), scorePlaces)
                + " ÷ 权重合计 " + Decimals.plain(Decimals.canonical(a.weightSum()))
                + (a.latePenalty().signum() > 0 ? " − 迟报扣分 " + Decimals.plain(a.latePenalty()) : "")
                + (a.totalAdjustment().signum() == 0 ? "" : (a.totalAdjustment().signum() > 0 ? " + 加分 " : " − 减分 ")
                + Decimals.plain(Decimals.canonical(a.totalAdjustment().abs())));
    }

    /** @param groupLabel what the plan calls the unit's peer group (县（市、区）, 设区市 …) */
    public static List<String> lines(RankedUnit ranked, long peers, Period period, String onlyItem, String groupLabel) {
        UnitAssessment a = ranked.assessment();
        List<String> lines = new ArrayList<>();
        lines.add(a.unit().name() + "（" + a.unit().code() + "）" + period + " 考核");
        if (a.total() == null) {
            lines.add("  本期没有计分项目。");
        } else {
            lines.add("  " + totalFormula(ranked, 4) + "；" + ranked.rating().name() + "，" + (ranked.tooFewItemsToRank() ? ranked.notRanked()
                    : groupLabel + "第 " + ranked.rank() + " 名（共 " + peers + " 个）"));
            lines.add("  计分项目 " + a.counted() + " 项，已报 " + a.reported() + " 项，缺报 " + a.missing() + " 项，迟报 " + a.late() + " 项");
        }
        for (Adjustment adjustment : a.adjustments()) {
            lines.add("  考核办" + adjustment.text() + "：" + (adjustment.veto() ? "等级定为不合格，排在同类单位之后"
                    : adjustment.item() == null ? "计入总分（总分在 0 到 100 之间）" : applied(a, adjustment)));
        }
        for (ItemScore item : a.items()) {
            if (onlyItem != null && !item.item().value().equals(onlyItem)) {
                continue;
            }
            lines.add("");
            lines.add(item.item() + " " + item.name() + "（" + item.kind() + "）");
            lines.add("  本期值：" + (item.valueText().isEmpty() ? "无" : item.valueText())
                    + (item.sourceFile().isEmpty() ? "" : "（" + item.sourceFile() + " " + item.sourceCell() + "）"));
            lines.add("  目标：" + (item.targetText().isEmpty() ? "—" : item.targetText())
                    + (item.expected() == null ? "" : "；本期序时进度 " + Exact.shown(item.expected(), 4)));
            lines.add("  规则：" + item.rule());
            if (item.completion() == null) {
                lines.add("  不计入总分（" + flagText(item.flag()) + "），权重 " + Decimals.plain(item.weight()));
            } else {
                lines.add("  完成度 " + Exact.shown(item.completion(), 4) + "（" + lightText(item.light()) + "）× 权重 "
                        + Decimals.plain(item.weight()) + " = 得分 " + Exact.shown(item.score(), 2)
                        + (item.flag() == ScoreFlag.NONE ? "" : "；" + flagText(item.flag())));
            }
        }
        return lines;
    }

    private static String applied(UnitAssessment a, Adjustment adjustment) {
        boolean counts = a.items().stream().anyMatch(i -> i.item().equals(adjustment.item()) && i.counts());
        return counts ? "计入 " + adjustment.item() + " 的得分（在 0 到该项权重之间）"
                : "未生效：" + adjustment.item() + " 本期不计分";
    }

    private static String flagText(ScoreFlag flag) {
        return flag == ScoreFlag.ALTERNATIVE ? "与另一项为“或”的关系，已按较好的一项计分" : flag.label();
    }

    private static String lightText(Light light) {
        return light == Light.RED ? light.label() + "，滞后预警" : light.label();
    }
}
