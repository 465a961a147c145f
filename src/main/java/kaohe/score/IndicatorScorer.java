package kaohe.score;

import java.math.BigDecimal;
import java.util.Optional;
import kaohe.plan.Indicator;
import kaohe.plan.Plan;
import kaohe.plan.ReportingUnit;
import kaohe.plan.TargetKind;
import kaohe.plan.TargetText;
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
        Optional<YearTarget> governing = indicator.due().isDueIn(period)
                ? indicator.targetFor(period.year(), plan.end().year()) : Optional.empty();
        if (governing.isEmpty()) {
            return left(indicator, ScoreFlag.NOT_DUE, "", indicator.due().isDueIn(period) ? "本年度无目标" : "年度考核项目，第四季度考核");
        }
        String targetText = TargetText.of(indicator, governing.get());
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
            return new ItemScore(indicator.code(), indicator.name(), ItemType.INDICATOR, indicator.rule().kind(), null,
                    value.rawText().trim(), targetText, null, null, null, indicator.weight(), null, ScoreFlag.NOT_APPLICABLE,
                    "填报单位报“不适用”，不计入总分", file, cell);
        }
        Optional<Reached> reached = reach(indicator, governing.get(), value.value(), unit, period);
        if (reached.isEmpty()) {
            return left(indicator, ScoreFlag.NOT_DUE, targetText, "缺少 " + period + " 的全国平均水平参照值，暂不计分");
        }
        Reached r = reached.get();
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
        return new ItemScore(indicator.code(), indicator.name(), ItemType.INDICATOR, indicator.rule().kind(), value.value(),
                Decimals.plain(value.value()), targetText, r.target(), r.expected(), completion, indicator.weight(), score,
                lateReturn ? ScoreFlag.LATE : ScoreFlag.NONE, rule, file, cell);
    }

    private Optional<Reached> reach(Indicator indicator, YearTarget target, BigDecimal actual, ReportingUnit unit, Period period) {
        BigDecimal x = target.target();
        String a = Decimals.plain(actual);
        return switch (indicator.rule().kind()) {
            case AT_LEAST, RANGE -> Optional.of(new Reached(Completion.atLeast(actual, x), x, null,
                    "min(1, " + a + " ÷ " + Decimals.plain(x) + ")"));
            case AT_MOST -> Optional.of(new Reached(Completion.atMost(actual, x), x, null,
                    actual.compareTo(x) <= 0 ? a + " ≤ " + Decimals.plain(x) + "，完成" : Decimals.plain(x) + " ÷ " + a));
            case ZERO -> Optional.of(new Reached(Completion.zero(actual), BigDecimal.ZERO, null,
                    actual.signum() == 0 ? "为 0，完成" : "应为 0，实为 " + a));
            case RANK_WITHIN -> Optional.of(new Reached(Completion.rankWithin(actual, x), x, null,
                    "第 " + a + " 位，要求前 " + Decimals.plain(x) + " 位"));
            case CUMULATIVE -> {
                BigDecimal expected = CumulativeExpectation.expected(indicator, plan, period);
                yield Optional.of(new Reached(Completion.atLeast(actual, expected), x, expected,
                        "min(1, " + a + " ÷ 序时进度 " + Exact.shown(expected, 4) + ")，" + target.year() + "年底目标 " + Decimals.plain(x)));
            }
            case VS_REFERENCE -> references.of(indicator.code(), period).map(ref -> new Reached(
                    Completion.versusReference(actual, ref.value(), indicator.rule().direction()), ref.value(), null,
                    a + (indicator.rule().direction() == kaohe.plan.Direction.BELOW ? " 须低于 " : " 须高于 ")
                            + "参照值 " + Decimals.plain(ref.value()) + "（" + ref.source() + "）"));
            case TREND -> Optional.of(new TrendReader(data, indicator, unit.code()).reach(actual, period.year(),
                    (c, rule) -> new Reached(c, null, null, rule)));
            case MILESTONE -> throw new IllegalStateException("indicators are never MILESTONE");
        };
    }

    private static ItemScore left(Indicator indicator, ScoreFlag flag, String targetText, String rule) {
        return new ItemScore(indicator.code(), indicator.name(), ItemType.INDICATOR, indicator.rule().kind(), null, "",
                targetText, null, null, null, indicator.weight(), null, flag, rule, "", "");
    }

    private static ItemScore zero(Indicator indicator, String targetText, ScoreFlag flag, String rule, String file, String cell) {
        return new ItemScore(indicator.code(), indicator.name(), ItemType.INDICATOR, indicator.rule().kind(), null, "",
                targetText, null, null, BigDecimal.ZERO, indicator.weight(), BigDecimal.ZERO, flag, rule, file, cell);
    }
}
