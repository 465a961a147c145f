package kaohe.score;

import static org.assertj.core.api.Assertions.assertThat;

import kaohe.plan.Plan;
import kaohe.plan.ShippedPlan;
import kaohe.shared.ItemCode;
import kaohe.shared.Period;
import kaohe.shared.UnitCode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** D05 绿色建筑占比 must rise three years running; D07 服务业消费者投诉率 must fall (004). */
class TrendTests {

    private static final Plan PLAN = ShippedPlan.plan();

    @ParameterizedTest(name = "{0}: {1} {2} {3} then {4} -> {5}")
    @CsvSource({
            "D05, 10, 12, 14, 16, 1.0000",
            "D05, 10, 12, 12, 16, 0.6667",
            "D05, 10, 10, 10, 10, 0.0000",
            "D05, 16, 14, 12, 10, 0.0000",
            "D07, 0.9, 0.8, 0.7, 0.6, 1.0000",
            "D07, 0.9, 0.8, 0.85, 0.6, 0.6667",
            "D07, 0.6, 0.7, 0.8, 0.9, 0.0000"})
    void shareOfTheLastYearsStepsThatMoveTheRightWay(String code, String y2016, String y2017, String y2018, String y2019,
                                                    String completion) {
        String unit = code.equals("D05") ? "JSW" : "FGW";
        InMemoryReturns returns = new InMemoryReturns()
                .put(unit, "2016Q4", code, y2016).put(unit, "2017Q4", code, y2017).put(unit, "2018Q4", code, y2018)
                .put(unit, "2019Q4", code, y2019);

        ItemScore score = item(returns, unit, code);

        assertThat(Exact.shown(score.completion(), 4)).isEqualTo(completion);
        assertThat(score.rule()).startsWith("2016年 ").contains("2019年 " + y2019);
    }

    @org.junit.jupiter.api.Test
    void aStepWithAnUnknownEndIsLeftOutNotCountedAsAFailure() {
        InMemoryReturns returns = new InMemoryReturns().put("JSW", "2018Q4", "D05", "12").put("JSW", "2019Q4", "D05", "16");

        ItemScore score = item(returns, "JSW", "D05");

        assertThat(Exact.shown(score.completion(), 4)).as("1 of the 1 comparable steps rises").isEqualTo("1.0000");
        assertThat(score.rule()).contains("2016年 无数据").contains("可比较的 1 步中 1 步上升").contains("缺数据的 2 步不计");
    }

    /** Independent scorer, 2017Q4: D05, D07 and D08 have no earlier year at all, so they could never reach 1. */
    @org.junit.jupiter.api.Test
    void aTrendWithNoComparableYearIsNotAssessedRatherThanScoredZero() {
        InMemoryReturns returns = new InMemoryReturns().put("JSW", "2017Q4", "D05", "12");

        UnitAssessment a = new UnitScorer(PLAN, returns, ReferenceValues.none())
                .assess(PLAN.unit(UnitCode.of("JSW")).orElseThrow(), Period.of("2017Q4"));
        ItemScore d05 = a.items().stream().filter(i -> i.item().equals(ItemCode.of("D05"))).findFirst().orElseThrow();

        assertThat(d05.flag()).isEqualTo(ScoreFlag.NOT_DUE);
        assertThat(d05.counts()).isFalse();
        assertThat(d05.rule()).contains("没有可比较的上一年数据");
    }

    private static ItemScore item(InMemoryReturns returns, String unit, String code) {
        UnitAssessment a = new UnitScorer(PLAN, returns, ReferenceValues.none())
                .assess(PLAN.unit(UnitCode.of(unit)).orElseThrow(), Period.of("2019Q4"));
        return a.items().stream().filter(i -> i.item().equals(ItemCode.of(code))).findFirst().orElseThrow();
    }
}
