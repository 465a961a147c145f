package kaohe.plan;

import java.math.BigDecimal;
import kaohe.shared.Decimals;

/** How a target reads in Chinese in templates and reports, e.g. "≥95%", "≤42微克/立方米", "前10位". */
final class TargetText {

    private TargetText() {
    }

    /** The target as the plan words it: "≥95%", "50个左右（不少于45个）", "争取≥2.75人". */
    public static String of(Indicator indicator, YearTarget target) {
        String stated = stated(indicator, target);
        return switch (target.wording()) {
            case AS_STATED -> stated;
            case ASPIRE -> "争取" + stated;
            case ABOUT -> {
                YearTarget bar = target.bar(indicator.rule().kind());
                String unit = indicator.unitOfMeasure();
                yield plain(target.target()) + unit + "左右（" + (indicator.rule().kind() == TargetKind.AT_MOST ? "不多于" : "不少于")
                        + plain(bar.target()) + unit + "）";
            }
        };
    }

    private static String stated(Indicator indicator, YearTarget target) {
        String unit = indicator.unitOfMeasure();
        BigDecimal value = target.target();
        return switch (indicator.rule().kind()) {
            case AT_LEAST -> (indicator.rule().direction() == Direction.RISING ? "逐年提高，" : "") + "≥" + plain(value) + unit;
            case AT_MOST -> (indicator.rule().direction() == Direction.FALLING ? "持续下降，" : "") + "≤" + plain(value) + unit;
            case ZERO -> "0" + unit;
            case RANGE -> plain(value) + "–" + plain(target.targetMax()) + unit;
            case CUMULATIVE -> target.year() + "年底累计≥" + plain(value) + unit;
            case RANK_WITHIN -> (indicator.rule().span() > 1 ? "连续" + indicator.rule().span() + "年居" : "") + "前" + plain(value) + "位";
            case RANK_FRONT -> "居前列（名次线按当期参照值）";
            case VS_REFERENCE -> indicator.rule().direction() == Direction.BELOW ? "低于全国平均水平" : "高于全国平均水平";
            case TREND -> "连续" + indicator.rule().span() + "年"
                    + (indicator.rule().direction() == Direction.RISING ? "提高" : "下降");
            case MILESTONE -> "按计划完成";
        };
    }

    private static String plain(BigDecimal value) {
        return Decimals.plain(value);
    }
}
