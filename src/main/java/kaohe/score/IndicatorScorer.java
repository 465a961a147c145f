package kaohe.score;

import java.math.BigDecimal;
import java.util.Optional;
import kaohe.plan.Indicator;
import kaohe.plan.Plan;
import kaohe.plan.ReportingUnit;
import kaohe.plan.TargetKind;
import kaohe.plan.TargetReading;
import kaohe.plan.YearTarget;
import kaohe.shared.Decimals;
import kaohe.shared.Period;
import kaohe.validate.ItemType;
import kaohe.validate.ReturnValue;
import kaohe.validate.ValueState;

/** Scores one indicator of one unit for one period, recording how. */
final class IndicatorScorer {

    private final Plan plan;
    private final ScoringData data;
    private final ReferenceValues references;

    IndicatorScorer(Plan plan, ScoringData data, ReferenceValues references) {
        this.plan = plan;
        this.data = data;
        this.references = references;
    }

    /** What a completion came to, with the numbers it used. */
    private record Reached(BigDecimal completion, BigDecimal target, BigDecimal expected, String rule) {
    }

    ItemScore score(Indicator indicator, ReportingUnit unit, Period period, Optional<UnitReturn> current, boolean lateReturn) {
        Optional<TargetReading> governing = TargetReading.of(plan, indicator, unit.code(), period);
        if (governing.isEmpty()) {
            return left(indicator, ScoreFlag.NOT_DUE, "", indicator.due().isDueIn(period) ? "本年度无目标" : "年度考核项目，第四季度考核");
        }
        TargetReading reading = governing.get();
        String targetText = reading.text(indicator, period, "；");
        if (reading.pending()) {
            // Not scored, but what the unit sent is shown, so the office sees it while it fills the target in.
            ReturnValue sent = current.map(r -> r.values().get(indicator.code())).filter(v -> v.state() == ValueState.VALUE).orElse(null);
            return item(indicator).reported(sent == null ? null : sent.value(), sent == null ? "" : Decimals.plain(sent.value()))
                    .against(targetText).flagged(ScoreFlag.NOT_DUE).because("本单位的目标（目标分解）尚待考核办填写，暂不计分")
                    .from(sent == null ? "" : current.get().sourceFile(), sent == null ? "" : sent.sheet() + "!" + sent.cell()).build();
        }
        // One reader per item: its earlier years are read once, for both questions asked of them.
        TrendReader trend = indicator.rule().kind() == TargetKind.TREND ? new TrendReader(plan, data, indicator, unit.code()) : null;
        Optional<String> notAssessable = notAssessable(indicator, trend, period);
        if (notAssessable.isPresent()) {
            return left(indicator, ScoreFlag.NOT_DUE, targetText, notAssessable.get());
        }
        if (indicator.whole() != null && unit.code().equals(indicator.leadUnit())) {
            return onTheWhole(indicator, reading, targetText, period, lateReturn);
        }
        if (current.isEmpty()) {
            boolean rejected = data.hasRejected(unit.code(), period);
            return zero(indicator, targetText, rejected ? ScoreFlag.REJECTED : ScoreFlag.NOT_REPORTED,
                    rejected ? "报表被退回，按未报送计" : "未报送", "", "");
        }
        ReturnValue value = current.get().values().get(indicator.code());
        String file = current.get().sourceFile();
        if (value == null || value.state() == ValueState.BLANK || value.state() == ValueState.INVALID) {
            return zero(indicator, targetText, ScoreFlag.NOT_REPORTED, "本期值未填写，按未报送计", file,
                    value == null ? "" : value.sheet() + "!" + value.cell());
        }
        String cell = value.sheet() + "!" + value.cell();
        if (value.state() == ValueState.NOT_APPLICABLE) {
            return item(indicator).reported(null, value.rawText().trim()).against(targetText).flagged(ScoreFlag.NOT_APPLICABLE)
                    .because("填报单位报“不适用”，不计入总分").from(file, cell).build();
        }
        Reached bar = moving(indicator, unit.code(), reach(indicator, unit.code(), reading, value.value(), trend, period), value.value(), period);
        // The plan's yearly flow belongs to its own number: a unit held to a target of its own is not asked the plan's 每年新增.
        Reached r = reading.own() ? bar : yearlyFlow(indicator, bar, value.value(), period, () -> yearEnd(indicator, unit.code(), period.year() - 1));
        BigDecimal score = indicator.weight().multiply(r.completion(), Exact.CONTEXT);
        BigDecimal completion = r.completion();
        String rule = r.rule();
        if (indicator.deduction() != null) {
            BigDecimal shortfall = Shortfall.of(indicator.rule().kind(), value.value(), r.target(), r.expected());
            score = DeductionScore.score(indicator.weight(), shortfall, indicator.deduction());
            completion = indicator.weight().signum() == 0 ? BigDecimal.ONE : Exact.divide(score, indicator.weight());
            rule = rule + "；扣分制：每差 " + Decimals.plain(indicator.deduction().step()) + " 扣 "
                    + Decimals.plain(indicator.deduction().pointsPerStep()) + " 分，差 " + Decimals.plain(Decimals.canonical(shortfall));
        }
        if (reading.stated().wording() == kaohe.plan.TargetWording.ASPIRE && completion.compareTo(BigDecimal.ONE) < 0) {
            // 争取: an aspiration, not an obligation. Reached, it scores in full; missed, it costs the unit nothing.
            return item(indicator).reported(value.value(), shown(indicator, value)).against(targetText, r.target(), r.expected())
                    .flagged(ScoreFlag.NOT_DUE).because(rule + "；" + ItemScore.ASPIRATION_MISSED).from(file, cell).build();
        }
        return item(indicator).reported(value.value(), shown(indicator, value)).against(targetText, r.target(), r.expected())
                .scored(completion, score).flagged(lateReturn ? ScoreFlag.LATE : ScoreFlag.NONE).because(rule).from(file, cell).build();
    }

    /** The value as reported, and for a ratio the parts it was worked out from. */
    private static String shown(Indicator indicator, ReturnValue value) {
        return Decimals.plain(value.value()) + (indicator.isRatio() && value.hasParts()
                ? "（" + indicator.ratio().formula(value.numerator(), value.denominator()) + "）" : "");
    }

    /**
     * A bar with a direction (000: "持续下降，确保控制在44微克/立方米以内", "逐年提高…稳定在70%以上"): met only when the value
     * also moved that way since the year before, as with 且; when the year before is not known the direction is not
     * judged, and the rule says so.
     */
    private Reached moving(Indicator indicator, kaohe.shared.UnitCode unit, Reached bar, BigDecimal actual, Period period) {
        kaohe.plan.Direction direction = indicator.rule().direction();
        TargetKind kind = indicator.rule().kind();
        if (direction == null || (kind != TargetKind.AT_LEAST && kind != TargetKind.AT_MOST)) {
            return bar;
        }
        int last = period.year() - 1;
        Optional<BigDecimal> before = data.annualValue(unit, indicator.code(), last);
        if (before.isEmpty()) {
            before = plan.valueBefore(indicator, unit, last);
        }
        String word = direction == kaohe.plan.Direction.RISING ? "提高" : "下降";
        if (before.isEmpty()) {
            return new Reached(bar.completion(), bar.target(), bar.expected(), bar.rule() + "；且须逐年" + word + "：" + last + "年无数据，不判断");
        }
        int comparison = actual.compareTo(before.get());
        boolean moved = direction == kaohe.plan.Direction.RISING ? comparison > 0 : comparison < 0;
        String trend = "；且须逐年" + word + "：" + last + "年 " + Decimals.plain(before.get()) + " → 本期 " + Decimals.plain(actual)
                + (moved ? "，已" + word : "，未" + word + "，按“且”计 0");
        return new Reached(moved ? bar.completion() : BigDecimal.ZERO, bar.target(), bar.expected(), bar.rule() + trend);
    }

    /**
     * A running total with an addition asked each year beside its total by the end year (003 附件4: "每年新增“鲁班奖”
     * 8—9个…到2019年共新增25个"): met only when this year's addition (the total now less the total at the end of last
     * year; before the plan, its baseline or 0) also reaches the year's flow, pro rata by quarter for a quarterly item.
     * Without last year's total the flow is not judged, and the rule says so.
     */
    private Reached yearlyFlow(Indicator indicator, Reached total, BigDecimal actual, Period period,
                               java.util.function.Supplier<Optional<BigDecimal>> lastYearEnd) {
        if (indicator.yearly() == null) {
            return total;
        }
        int last = period.year() - 1;
        Optional<BigDecimal> before = lastYearEnd.get();
        String asked = "；且每年新增 " + Decimals.plain(indicator.yearly());
        if (before.isEmpty()) {
            return new Reached(total.completion(), total.target(), total.expected(), total.rule() + asked + "：" + last + "年底累计无数据，不判断");
        }
        BigDecimal added = actual.subtract(before.get());
        BigDecimal due = indicator.due() == kaohe.plan.Due.QUARTERLY
                ? indicator.yearly().multiply(BigDecimal.valueOf(period.quarter())).divide(BigDecimal.valueOf(4), Exact.CONTEXT)
                : indicator.yearly();
        BigDecimal flow = Completion.atLeast(added.max(BigDecimal.ZERO), due);
        String rule = asked + "：" + period.year() + "年新增 " + Decimals.plain(added) + "（" + last + "年底 " + Decimals.plain(before.get())
                + " → 本期 " + Decimals.plain(actual) + "）" + (due.compareTo(indicator.yearly()) < 0 ? "，序时应新增 " + Exact.shown(due, 2) : "")
                + "，完成 " + Exact.shown(flow, 4);
        return new Reached(flow.min(total.completion()), total.target(), total.expected(), total.rule() + rule);
    }

    /** A unit's running total at the end of {@code year}: before the plan, its baseline or 0; after, its fourth-quarter value. */
    private Optional<BigDecimal> yearEnd(Indicator indicator, kaohe.shared.UnitCode unit, int year) {
        return year < plan.start().year()
                ? Optional.of(plan.baselineOf(indicator, unit).filter(b -> b.year() == year).map(kaohe.plan.Baseline::value).orElse(BigDecimal.ZERO))
                : data.annualValue(unit, indicator.code(), year).or(() -> plan.valueBefore(indicator, unit, year));
    }

    /**
     * A target on the whole, judged for the lead unit: the plan's number held against the mean or sum of what the
     * county-level units reported this period (those without a usable value are left out and counted), not against a
     * figure the lead types in.
     */
    private ItemScore onTheWhole(Indicator indicator, TargetReading reading, String targetText, Period period, boolean lateReturn) {
        java.util.List<ReturnValue> values = new java.util.ArrayList<>();
        int asked = 0;
        boolean ofParts = indicator.whole() == kaohe.plan.Aggregate.RATIO;
        for (kaohe.shared.UnitCode county : plan.unitsOf(kaohe.plan.PeerGroup.COUNTY)) {
            if (!indicator.isReportedBy(county)) {
                continue;
            }
            asked++;
            data.current(county, period).map(r -> r.values().get(indicator.code()))
                    .filter(v -> v.state() == ValueState.VALUE && v.value() != null && (!ofParts || v.hasParts())).ifPresent(values::add);
        }
        String group = plan.reporting().label(kaohe.plan.PeerGroup.COUNTY);
        if (values.isEmpty()) {
            return left(indicator, ScoreFlag.NOT_DUE, targetText, "各" + group + "均未报送，无法计算" + plan.reporting().area()
                    + "值，暂不计分");
        }
        String sums = "";
        BigDecimal whole;
        if (ofParts) {
            BigDecimal numerators = values.stream().map(ReturnValue::numerator).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal denominators = values.stream().map(ReturnValue::denominator).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (denominators.signum() == 0) {
                return left(indicator, ScoreFlag.NOT_DUE, targetText, "各" + group + "的" + indicator.ratio().denominator() + "合计为 0，无法计算"
                        + plan.reporting().area() + "值，暂不计分");
            }
            whole = indicator.ratio().of(numerators, denominators);
            sums = "，" + indicator.ratio().formula(numerators, denominators);
        } else {
            whole = aggregate(indicator, values.stream().map(ReturnValue::value).toList());
        }
        Reached r = yearlyFlow(indicator, reach(indicator, indicator.leadUnit(), reading, whole, null, period), whole, period,
                () -> wholeAtYearEnd(indicator, period.year() - 1));
        String basis = values.size() + "个" + group + indicator.whole().word()
                + (values.size() < asked ? "，" + (asked - values.size()) + "个未报送不计" : "");
        BigDecimal score = indicator.weight().multiply(r.completion(), Exact.CONTEXT);
        return item(indicator).reported(whole, (indicator.whole() == kaohe.plan.Aggregate.SUM ? Decimals.plain(whole) : Exact.shown(whole, 2))
                + "（" + basis + "）").against(targetText, r.target(), r.expected())
                .scored(r.completion(), score).flagged(lateReturn ? ScoreFlag.LATE : ScoreFlag.NONE)
                .because(plan.reporting().area() + "值按" + basis + sums + "计：" + r.rule()).build();
    }

    /**
     * The whole at the end of {@code year}, for a yearly flow judged on it: the sum or mean of each county-level unit's
     * year-end value; unknown when one of them is, since the flow would be measured against part of the area.
     */
    private Optional<BigDecimal> wholeAtYearEnd(Indicator indicator, int year) {
        if (indicator.whole() == kaohe.plan.Aggregate.RATIO) {
            return Optional.empty(); // a year-end ratio of sums needs the parts, which a year-end value does not carry
        }
        java.util.List<BigDecimal> values = new java.util.ArrayList<>();
        for (kaohe.shared.UnitCode county : plan.unitsOf(kaohe.plan.PeerGroup.COUNTY)) {
            if (!indicator.isReportedBy(county)) {
                continue;
            }
            Optional<BigDecimal> value = yearEnd(indicator, county, year);
            if (value.isEmpty()) {
                return Optional.empty();
            }
            values.add(value.get());
        }
        if (values.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(aggregate(indicator, values));
    }

    /** The sum, or the mean to 4 places: what the rule shows is what was scored. */
    private static BigDecimal aggregate(Indicator indicator, java.util.List<BigDecimal> values) {
        BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return indicator.whole() == kaohe.plan.Aggregate.MEAN
                ? Exact.rounded(sum.divide(BigDecimal.valueOf(values.size()), Exact.CONTEXT), 4).stripTrailingZeros() : sum;
    }

    /**
     * Why the item cannot be assessed this period whatever the unit reported: no reference value (national
     * average, or the rank that counts as 前列) or, for a trend, no earlier year to compare with. Decided
     * before "not reported", so a blank or a missing return is not scored 0 on an item nobody could meet.
     */
    private Optional<String> notAssessable(Indicator indicator, TrendReader trend, Period period) {
        TargetKind kind = indicator.rule().kind();
        if (kind.needsReference() && references.of(indicator.code(), period).isEmpty()) {
            return Optional.of("缺少 " + period + " 的" + (kind == TargetKind.RANK_FRONT ? "“前列”名次线" : "全国平均水平")
                    + "参照值，暂不计分");
        }
        if (kind == TargetKind.TREND && !trend.hasComparableYear(period.year())) {
            return Optional.of("近 " + indicator.rule().span() + " 年没有可比较的上一年数据（往年年报或基数），暂不计分");
        }
        return Optional.empty();
    }

    private Reached reach(Indicator indicator, kaohe.shared.UnitCode unit, TargetReading reading, BigDecimal actual, TrendReader trend,
                          Period period) {
        YearTarget target = reading.target();
        BigDecimal x = target.target();
        String a = Decimals.plain(actual);
        String early = reading.governsInFullEarly(indicator, period) ? "；" + reading.note(indicator, period) : "";
        return switch (indicator.rule().kind()) {
            case AT_LEAST, RANGE -> reading.isProRated()
                    ? new Reached(Completion.atLeast(actual, reading.expected()), x, reading.expected(),
                    "min(1, " + a + " ÷ " + reading.proRataText() + ")" + stretch(indicator, target))
                    : new Reached(Completion.atLeast(actual, x), x, null,
                    "min(1, " + a + " ÷ " + Decimals.plain(x) + ")" + stretch(indicator, target) + early);
            case AT_MOST -> {
                BigDecimal bar = reading.isProRated() ? reading.expected() : x;
                String barText = reading.isProRated() ? reading.proRataText() : Decimals.plain(x);
                yield new Reached(Completion.atMost(actual, bar), x, reading.expected(),
                        (actual.compareTo(bar) <= 0 ? a + " ≤ " + barText + "，完成" : barText + " ÷ " + a) + early);
            }
            case ZERO -> new Reached(Completion.zero(actual), BigDecimal.ZERO, null,
                    (actual.signum() == 0 ? "为 0，完成" : "应为 0，实为 " + a)
                            + (target.year() < period.year() ? "（" + target.year() + "年目标持续有效）" : ""));
            case RANK_WITHIN -> indicator.rule().span() > 1
                    ? new TrendReader(plan, data, indicator, unit).holdsRank(actual, x, period.year(), (c, rule) -> new Reached(c, x, null, rule))
                    : new Reached(Completion.rankWithin(actual, x), x, null, "第 " + a + " 位，要求前 " + Decimals.plain(x) + " 位");
            case RANK_FRONT -> {
                ReferenceValues.Reference bar = references.of(indicator.code(), period).orElseThrow();
                yield new Reached(Completion.rankWithin(actual, bar.value()), bar.value(), null,
                        "第 " + a + " 位，“前列”按前 " + Decimals.plain(bar.value()) + " 位（" + bar.source() + "）");
            }
            case CUMULATIVE -> new Reached(Completion.atLeast(actual, reading.expected()), x, reading.expected(),
                    "min(1, " + a + " ÷ 序时进度 " + Exact.shown(reading.expected(), 4) + ")，" + target.year() + "年底目标 " + Decimals.plain(x));
            case VS_REFERENCE -> {
                ReferenceValues.Reference ref = references.of(indicator.code(), period).orElseThrow();
                yield new Reached(Completion.versusReference(actual, ref.value(), indicator.rule().direction()), ref.value(), null,
                        a + (indicator.rule().direction() == kaohe.plan.Direction.BELOW ? " 须低于 " : " 须高于 ")
                                + "参照值 " + Decimals.plain(ref.value()) + "（" + ref.source() + "）");
            }
            case TREND -> trend.reach(actual, period.year(),
                    (c, rule) -> new Reached(c, null, null, rule));
            case MILESTONE -> throw new IllegalStateException("indicators are never MILESTONE");
        };
    }

    /** A range's upper bound is a stretch goal: shown, never required. */
    private static String stretch(Indicator indicator, YearTarget target) {
        return indicator.rule().kind() == TargetKind.RANGE && target.targetMax() != null
                ? "；力争 " + Decimals.plain(target.targetMax()) + "（不计分）" : "";
    }

    private static ItemScore left(Indicator indicator, ScoreFlag flag, String targetText, String rule) {
        return item(indicator).against(targetText).flagged(flag).because(rule).build();
    }

    private static ItemScore zero(Indicator indicator, String targetText, ScoreFlag flag, String rule, String file, String cell) {
        return item(indicator).against(targetText).scored(BigDecimal.ZERO, BigDecimal.ZERO).flagged(flag).because(rule).from(file, cell)
                .build();
    }

    private static ItemScore.Builder item(Indicator indicator) {
        return ItemScore.of(indicator.code(), indicator.name(), ItemType.INDICATOR, indicator.rule().kind(), indicator.weight());
    }
}
