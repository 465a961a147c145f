package kaohe.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import kaohe.plan.Plan;
import kaohe.plan.PlanFolder;
import kaohe.plan.PlanLoader;
import kaohe.plan.ShippedPlan;
import kaohe.shared.ItemCode;
import kaohe.shared.Period;
import kaohe.shared.UnitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How the shipped plan's targets read quarter by quarter, with every expected completion worked out by
 * hand in the comments. "到2019年" targets are 序时进度 from a baseline; without one the full target
 * governs and says so.
 */
class ReadingsOverTimeTests {

    private static final Plan PLAN = ShippedPlan.plan();

    @TempDir
    Path temp;

    /**
     * I07S "制定…标准2-3个" (000 附件1 第7项) is a count since the plan started, like I08S "2个": the lower
     * bound 2 is reached in 12 equal quarterly steps from 0 at the end of 2016, the upper bound 3 is shown only.
     * 2017Q4: 2 × 4/12 = 0.6667 expected, 1 reported → min(1, 1 ÷ 0.6667) = 1.
     * 2018Q4: 2 × 8/12 = 1.3333 expected, 1 reported → 0.75.
     * 2019Q4: 2 expected, 2 reported → 1; 3 would be no more than 1.
     */
    @ParameterizedTest(name = "I07S in {0}: {1} reported → {2}")
    @CsvSource({"2017Q4, 1, 1.0000, 0.6667", "2018Q4, 1, 0.7500, 1.3333", "2019Q4, 2, 1.0000, 2.0000", "2019Q4, 3, 1.0000, 2.0000"})
    void aRangeCountIsProRatedOnItsLowerBoundLikeTheCumulativeCountsBesideIt(String period, String value, String completion,
                                                                             String expected) {
        ItemScore i07s = item(new InMemoryReturns().put("JXW", period, "I07S", value, "I08S", value), PLAN, "JXW", period, "I07S");
        ItemScore i08s = item(new InMemoryReturns().put("JXW", period, "I07S", value, "I08S", value), PLAN, "JXW", period, "I08S");

        assertThat(Exact.shown(i07s.completion(), 4)).isEqualTo(completion);
        assertThat(Exact.shown(i07s.expected(), 4)).isEqualTo(expected);
        assertThat(i07s.rule()).contains("序时进度").contains("力争 3（不计分）");
        assertThat(i07s.light()).as("same count, same standard as I08S (target 2)").isEqualTo(i08s.light());
    }

    /**
     * P08 每千名老人机构养老床位 40张 by 2019 (000 附件4 养老为老). 南湖区 has its own end-2016 value, 28, in
     * baselines.csv; 秀洲区 has none.
     * 南湖区 2017Q4: 28 + 12 × 4/12 = 32 expected, 31 reported → 31/32 = 0.96875.
     * 南湖区 2018Q4: 28 + 12 × 8/12 = 36 expected, 36 reported → 1.
     * 南湖区 2019Q4: 40 expected, 38 reported → 0.95.
     * 秀洲区 2017Q4: no baseline, the 2019 target governs in full: 31/40 = 0.775, and the rule says so.
     */
    @ParameterizedTest(name = "P08 南湖区 in {0}: {1} reported → {2}")
    @CsvSource({"2017Q4, 31, 0.9688, 32", "2018Q4, 36, 1.0000, 36", "2019Q4, 38, 0.9500, 40"})
    void aGrowthTargetStatedFor2019IsProRatedFromTheCountysOwnBaseline(String period, String value, String completion,
                                                                       String expected) {
        Plan plan = withBaselines("P08,330402,2016,28,南湖区2016年民政统计");
        ItemScore p08 = item(new InMemoryReturns().put("330402", period, "P08", value), plan, "330402", period, "P08");

        assertThat(Exact.shown(p08.completion(), 4)).isEqualTo(completion);
        assertThat(p08.expected()).isEqualByComparingTo(expected);
        assertThat(p08.rule()).contains("2016年基数 28 → 2019年 40");
    }

    @Test
    void withoutABaselineTheLaterTargetGovernsInFullAndTheRuleSaysSo() {
        Plan plan = withBaselines("P08,330402,2016,28,南湖区2016年民政统计");
        ItemScore p08 = item(new InMemoryReturns().put("330411", "2017Q4", "P08", "31"), plan, "330411", "2017Q4", "P08");

        assertThat(Exact.shown(p08.completion(), 4)).isEqualTo("0.7750");
        assertThat(p08.expected()).isNull();
        assertThat(p08.rule()).contains("无基数，按2019年目标全额考核");
    }

    /**
     * Q06 市长质量奖企业 43 by 2019 is a running total: 002 counts 23 by the end of 2015 (十二五).
     * 2017Q4 is 8 of the 16 quarters from the end of 2015: 23 + 20 × 8/16 = 33; 30 → 30/33 = 0.9091.
     * 2018Q4: 23 + 20 × 12/16 = 38. 2019Q4: 43.
     */
    @ParameterizedTest(name = "Q06 in {0}: {1} reported → {2}")
    @CsvSource({"2017Q4, 30, 0.9091, 33", "2018Q4, 38, 1.0000, 38", "2019Q4, 40, 0.9302, 43"})
    void mayorsQualityAwardsAreARunningTotalFromThe2015Count(String period, String value, String completion, String expected) {
        ItemScore q06 = item(new InMemoryReturns().put("ZJJ", period, "Q06", value), PLAN, "ZJJ", period, "Q06");

        assertThat(Exact.shown(q06.completion(), 4)).isEqualTo(completion);
        assertThat(q06.expected()).isEqualByComparingTo(expected);
    }

    /** E02 全面消除劣Ⅴ类水 is stated for 2017 (附件3) and again for 2020 (002): 2018 and 2019 are held to it. */
    @ParameterizedTest(name = "E02 in {0}")
    @CsvSource({"2018Q2", "2019Q4"})
    void aCountyThatFallsBackAfterEliminatingGradeVWaterLosesThePoints(String period) {
        ItemScore e02 = item(new InMemoryReturns().put("330402", period, "E02", "1"), PLAN, "330402", period, "E02");

        assertThat(e02.counts()).isTrue();
        assertThat(e02.completion()).isEqualByComparingTo("0");
        assertThat(e02.rule()).contains("2017年目标持续有效");
    }

    /**
     * The independent scorer's case: CIQ 2018Q4 with D03 left blank and no national average for 2018. D03
     * cannot be assessed, so it is left out whatever was typed (as is D15, whose 前列 bar is not entered): D01
     * 5th (≤10) → 0.3, D02 0 → 0.3, tasks T01 and T10 已完成 → 2. Σ 2.6 ÷ Σ 2.6 = 100.00 优秀 (main, with its
     * weights, gave 83.87 良好, scoring D03 as 0).
     */
    @Test
    void anItemWithoutItsReferenceValueIsNotAssessableEvenWhenLeftBlank() {
        InMemoryReturns returns = new InMemoryReturns().put("CIQ", "2018Q4", "D01", "5", "D02", "0", "T01", "已完成", "T10", "已完成");
        UnitAssessment ciq = new UnitScorer(PLAN, returns, ReferenceValues.none())
                .assess(PLAN.unit(UnitCode.of("CIQ")).orElseThrow(), Period.of("2018Q4"));
        RankedUnit ranked = Ranking.rank(java.util.List.of(ciq)).get(0);

        assertThat(ranked.shownTotal()).isEqualByComparingTo("100.00");
        assertThat(ranked.rating()).isEqualTo(Rating.优秀);
        ItemScore d03 = ciq.items().stream().filter(i -> i.item().equals(ItemCode.of("D03"))).findFirst().orElseThrow();
        assertThat(d03.flag()).isEqualTo(ScoreFlag.NOT_DUE);
        assertThat(d03.rule()).contains("缺少 2018Q4 的全国平均水平参照值");
    }

    /** The light follows the completion as shown: 0.79996 shows 0.8000 and is amber; 0.99996 shows 1.0000 and is green. */
    @ParameterizedTest(name = "Q02 {0} of 95 shows {1}: {2}")
    @CsvSource({"75.9962, 0.8000, AMBER", "94.9962, 1.0000, GREEN", "75.9905, 0.7999, RED"})
    void theLightAgreesWithTheCompletionShown(String value, String shown, Light light) {
        ItemScore q02 = item(new InMemoryReturns().put("330402", "2019Q2", "Q02", value), PLAN, "330402", "2019Q2", "Q02");

        assertThat(Exact.shown(q02.completion(), 4)).isEqualTo(shown);
        assertThat(q02.light()).isEqualTo(light);
    }

    /**
     * 004 附件2 43.2: 服务业顾客满意度居全国同级城市前列，或消费者投诉率低于全国平均水平. 市发改委 is 15th where
     * 前列 was the top 10 (D06: 0) but its complaint rate 0.5% is below the national 0.6% (D09: 1): the
     * criterion is met, D09 counts and D06 is shown aside; the pair weighs 0.625 once.
     */
    @Test
    void eitherOfTwoAlternativeCriteriaMeetsTheCriterionAndCountsOnce() throws Exception {
        Path references = temp.resolve("references.csv");
        Files.writeString(references, "code,period,value,source\nD06,2019,10,国家质检总局2019年测评通报\n"
                + "D09,2019,0.6,全国12315年报\n");
        InMemoryReturns returns = new InMemoryReturns().put("FGW", "2019Q4", "D06", "15", "D09", "0.5");
        UnitAssessment fgw = new UnitScorer(PLAN, returns, ReferenceValues.load(references))
                .assess(PLAN.unit(UnitCode.of("FGW")).orElseThrow(), Period.of("2019Q4"));

        ItemScore d06 = fgw.items().stream().filter(i -> i.item().equals(ItemCode.of("D06"))).findFirst().orElseThrow();
        ItemScore d09 = fgw.items().stream().filter(i -> i.item().equals(ItemCode.of("D09"))).findFirst().orElseThrow();
        assertThat(d09.counts()).isTrue();
        assertThat(d09.completion()).isEqualByComparingTo("1");
        assertThat(d06.flag()).isEqualTo(ScoreFlag.ALTERNATIVE);
        assertThat(d06.flag().text()).as("the CSV interface's fixed flag").isEqualTo("not_applicable");
        assertThat(d06.rule()).contains("第 15 位，“前列”按前 10 位").contains("已按 D09 计分");
        long counted = fgw.items().stream().filter(i -> i.counts() && i.item().value().matches("D0[69]")).count();
        assertThat(counted).isEqualTo(1);
    }

    @Test
    void withoutTheRankThatCountsAsFrontRankTheCriterionWaits() {
        ItemScore d06 = item(new InMemoryReturns().put("FGW", "2019Q4", "D06", "3"), PLAN, "FGW", "2019Q4", "D06");

        assertThat(d06.flag()).isEqualTo(ScoreFlag.NOT_DUE);
        assertThat(d06.rule()).contains("“前列”名次线");
    }

    private Plan withBaselines(String... rows) {
        PlanFolder folder = PlanFolder.copyOfShipped(temp);
        for (String row : rows) {
            folder.appendLine("baselines.csv", row);
        }
        var load = new PlanLoader().load(folder.dir());
        assertThat(load.problems()).isEmpty();
        return load.plan();
    }

    private static ItemScore item(InMemoryReturns returns, Plan plan, String unit, String period, String code) {
        UnitAssessment a = new UnitScorer(plan, returns, ReferenceValues.none())
                .assess(plan.unit(UnitCode.of(unit)).orElseThrow(), Period.of(period));
        return a.items().stream().filter(i -> i.item().equals(ItemCode.of(code))).findFirst().orElseThrow();
    }
}
