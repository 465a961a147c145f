package kaohe.score;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import kaohe.plan.Direction;
import kaohe.plan.Indicator;
import kaohe.plan.Plan;
import kaohe.shared.Decimals;
import kaohe.shared.UnitCode;

/**
 * A TREND over k years: the values of the last k + 1 years (this year's from the return, earlier ones
 * from the unit's annual returns, else its baselines before the plan) and the share of the year-on-year
 * steps whose two ends are known that move the right way. A step with an unknown end is left out rather
 * than counted as a failure, so a plan that starts without earlier figures is not capped at 1/3 and 2/3
 * in its first years; with no step known at all the trend cannot be assessed.
 */
final class TrendReader {

    private final Plan plan;
    private final ScoringData data;
    private final Indicator indicator;
    private final UnitCode unit;
    /** Earlier years already read, so asking whether a step is comparable and then scoring reads each once. */
    private final java.util.Map<Integer, Optional<BigDecimal>> earlier = new java.util.HashMap<>();

    TrendReader(Plan plan, ScoringData data, Indicator indicator, UnitCode unit) {
        this.plan = plan;
        this.data = data;
        this.indicator = indicator;
        this.unit = unit;
    }

    /** Whether, given this year's value, at least one step of the span has both ends known. */
    boolean hasComparableYear(int year) {
        List<Optional<BigDecimal>> series = series(Optional.of(BigDecimal.ZERO), year);
        for (int i = 1; i < series.size(); i++) {
            if (series.get(i - 1).isPresent() && series.get(i).isPresent()) {
                return true;
            }
        }
        return false;
    }

    <T> T reach(BigDecimal thisYear, int year, BiFunction<BigDecimal, String, T> result) {
        int span = indicator.rule().span();
        List<Optional<BigDecimal>> series = series(Optional.of(thisYear), year);
        int right = 0;
        int known = 0;
        StringBuilder rule = new StringBuilder();
        for (int i = 0; i < series.size(); i++) {
            rule.append(i == 0 ? "" : " → ").append(year - span + i).append("年 ")
                    .append(series.get(i).map(Decimals::plain).orElse("无数据"));
            if (i > 0 && series.get(i - 1).isPresent() && series.get(i).isPresent()) {
                known++;
                if (rightWay(series.get(i - 1).get(), series.get(i).get())) {
                    right++;
                }
            }
        }
        rule.append("；可比较的 ").append(known).append(" 步中 ").append(right).append(" 步")
                .append(indicator.rule().direction() == Direction.RISING ? "上升" : "下降");
        if (known < span) {
            rule.append("（缺数据的 ").append(span - known).append(" 步不计）");
        }
        return result.apply(Completion.trend(right, known), rule.toString());
    }

    private List<Optional<BigDecimal>> series(Optional<BigDecimal> thisYear, int year) {
        int span = indicator.rule().span();
        List<Optional<BigDecimal>> series = new ArrayList<>();
        for (int y = year - span; y < year; y++) {
            series.add(earlier(y));
        }
        series.add(thisYear);
        return series;
    }

    /**
     * A rank held over the window (RANK_WITHIN with a span: "连续3年居…前10位"): met when this year's rank and every
     * earlier year's that is known are within the bar; an earlier year without data is named and left out, not failed.
     */
    <T> T holdsRank(BigDecimal thisYear, BigDecimal bar, int year, BiFunction<BigDecimal, String, T> result) {
        int span = indicator.rule().span();
        StringBuilder rule = new StringBuilder();
        boolean held = true;
        List<Integer> missing = new ArrayList<>();
        for (int y = year - span + 1; y <= year; y++) {
            Optional<BigDecimal> rank = y == year ? Optional.of(thisYear) : earlier(y);
            rule.append(y == year - span + 1 ? "" : "，").append(y).append("年 ").append(rank.map(r -> "第 " + Decimals.plain(r) + " 位")
                    .orElse("无数据"));
            if (rank.isEmpty()) {
                missing.add(y);
            } else if (rank.get().compareTo(bar) > 0) {
                held = false;
            }
        }
        rule.append("；要求连续 ").append(span).append(" 年前 ").append(Decimals.plain(bar)).append(" 位")
                .append(missing.isEmpty() ? "" : "（" + missing.stream().map(y -> y + "年").collect(java.util.stream.Collectors.joining("、"))
                        + "无数据，不计）");
        return result.apply(held ? BigDecimal.ONE : BigDecimal.ZERO, rule.toString());
    }

    private Optional<BigDecimal> earlier(int year) {
        return earlier.computeIfAbsent(year, y -> {
            Optional<BigDecimal> reported = data.annualValue(unit, indicator.code(), y);
            return reported.isPresent() ? reported : plan.valueBefore(indicator, unit, y);
        });
    }

    private boolean rightWay(BigDecimal before, BigDecimal after) {
        int comparison = after.compareTo(before);
        return indicator.rule().direction() == Direction.RISING ? comparison > 0 : comparison < 0;
    }
}
