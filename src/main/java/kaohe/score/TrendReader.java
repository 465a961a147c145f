package kaohe.score;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import kaohe.plan.Direction;
import kaohe.plan.Indicator;
import kaohe.shared.Decimals;
import kaohe.shared.UnitCode;

/**
 * A TREND over k years: the values of the last k + 1 years (this year's from the return, earlier ones
 * from the unit's annual returns or the plan's baseline) and how many of the k steps move the right way.
 */
final class TrendReader {

    private final ScoringData data;
    private final Indicator indicator;
    private final UnitCode unit;

    TrendReader(ScoringData data, Indicator indicator, UnitCode unit) {
        this.data = data;
        this.indicator = indicator;
        this.unit = unit;
    }

    <T> T reach(BigDecimal thisYear, int year, BiFunction<BigDecimal, String, T> result) {
        int span = indicator.rule().span();
        List<Optional<BigDecimal>> series = new ArrayList<>();
        for (int y = year - span; y < year; y++) {
            series.add(earlier(y));
        }
        series.add(Optional.of(thisYear));
        int right = 0;
        StringBuilder rule = new StringBuilder();
        for (int i = 0; i < series.size(); i++) {
            rule.append(i == 0 ? "" : " → ").append(year - span + i).append("年 ")
                    .append(series.get(i).map(Decimals::plain).orElse("无数据"));
            if (i > 0 && series.get(i - 1).isPresent() && series.get(i).isPresent() && rightWay(series.get(i - 1).get(), series.get(i).get())) {
                right++;
            }
        }
        rule.append("；").append(span).append(" 步中 ").append(right).append(" 步")
                .append(indicator.rule().direction() == Direction.RISING ? "上升" : "下降");
        return result.apply(Completion.trend(right, span), rule.toString());
    }

    private Optional<BigDecimal> earlier(int year) {
        Optional<BigDecimal> reported = data.annualValue(unit, indicator.code(), year);
        if (reported.isPresent()) {
            return reported;
        }
        return indicator.baseline() != null && indicator.baseline().year() == year
                ? Optional.of(indicator.baseline().value()) : Optional.empty();
    }

    private boolean rightWay(BigDecimal before, BigDecimal after) {
        int comparison = after.compareTo(before);
        return indicator.rule().direction() == Direction.RISING ? comparison > 0 : comparison < 0;
    }
}
