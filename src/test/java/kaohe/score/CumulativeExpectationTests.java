package kaohe.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import kaohe.plan.Baseline;
import kaohe.plan.Citation;
import kaohe.plan.Due;
import kaohe.plan.Indicator;
import kaohe.plan.Plan;
import kaohe.plan.ShippedPlan;
import kaohe.plan.TargetKind;
import kaohe.plan.TargetRule;
import kaohe.plan.YearTarget;
import kaohe.shared.ItemCode;
import kaohe.shared.Period;
import kaohe.shared.UnitCode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 序时进度 in every quarter of the plan. */
class CumulativeExpectationTests {

    private static final Plan PLAN = ShippedPlan.plan();

    @ParameterizedTest(name = "Q07 (28 by 2019 from 0) in {0}: {1}")
    @CsvSource({
            "2017Q1, 2.3333", "2017Q2, 4.6667", "2017Q3, 7.0000", "2017Q4, 9.3333",
            "2018Q1, 11.6667", "2018Q2, 14.0000", "2018Q3, 16.3333", "2018Q4, 18.6667",
            "2019Q1, 21.0000", "2019Q2, 23.3333", "2019Q3, 25.6667", "2019Q4, 28.0000"})
    void aByYearTargetIsReachedInEqualQuarterlySteps(String period, String expected) {
        Indicator q07 = PLAN.indicator(ItemCode.of("Q07")).orElseThrow();

        assertThat(Exact.shown(CumulativeExpectation.expected(q07, PLAN, Period.of(period)), 4)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "milestones 10/20/40 from baseline 2 in {0}: {1}")
    @CsvSource({"2017Q1, 4", "2017Q4, 10", "2018Q2, 15", "2018Q4, 20", "2019Q1, 25", "2019Q3, 35", "2019Q4, 40"})
    void yearlyMilestonesAreFollowedYearByYear(String period, BigDecimal expected) {
        Indicator milestones = new Indicator(ItemCode.of("X01"), "测试", "Q", TargetRule.of(TargetKind.CUMULATIVE), "个",
                new Baseline(new BigDecimal("2"), 2016), UnitCode.of("ZJJ"), List.of(UnitCode.of("ZJJ")), Due.QUARTERLY,
                BigDecimal.ONE, null, false, List.of(
                new YearTarget(2017, new BigDecimal("10"), null, new Citation("000_4953c69a70887cfe.txt 测试")),
                new YearTarget(2018, new BigDecimal("20"), null, new Citation("000_4953c69a70887cfe.txt 测试")),
                new YearTarget(2019, new BigDecimal("40"), null, new Citation("000_4953c69a70887cfe.txt 测试"))),
                new Citation("000_4953c69a70887cfe.txt 测试"), null);

        assertThat(CumulativeExpectation.expected(milestones, PLAN, Period.of(period))).isEqualByComparingTo(expected);
    }
}
