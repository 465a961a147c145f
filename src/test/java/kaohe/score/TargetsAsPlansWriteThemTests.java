package kaohe.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import kaohe.plan.Plan;
import kaohe.plan.PlanFolder;
import kaohe.plan.PlanLoad;
import kaohe.plan.PlanLoader;
import kaohe.plan.PlanProblem;
import kaohe.shared.ItemCode;
import kaohe.shared.Period;
import kaohe.shared.UnitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Targets as plans write them: a unit's own target (目标分解) and one the office has yet to fill, 左右 with its stated
 * tolerance, 争取 as an aspiration. Each scored on a copy of the Jiaxing plan with Q02 (制造业产品质量合格率 ≥95%, 2019).
 */
class TargetsAsPlansWriteThemTests {

    private static final String TARGETS_HEADER = "code,year,target,target_max,source,wording,tolerance";
    private static final String Q02 = "Q02,2019,95,,000_4953c69a70887cfe.txt 一、总体要求 质量总体水平";

    @TempDir
    Path temp;

    private Plan plan(PlanFolder folder) {
        PlanLoad load = new PlanLoader().load(folder.dir());
        assertThat(load.problems()).isEmpty();
        return load.plan();
    }

    private static ItemScore q02(Plan plan, String unit, String value) {
        InMemoryReturns returns = new InMemoryReturns().put(unit, "2019Q4", "Q02", value);
        UnitAssessment a = new UnitScorer(plan, returns, ReferenceValues.none()).assess(plan.unit(UnitCode.of(unit)).orElseThrow(),
                Period.of("2019Q4"));
        return a.items().stream().filter(i -> i.item().equals(ItemCode.of("Q02"))).findFirst().orElseThrow();
    }

    @Test
    void aUnitsOwnTargetGovernsItAndSaysSoWhileTheOthersKeepThePlans() {
        PlanFolder folder = PlanFolder.copyOfShipped(temp);
        folder.write("unit-targets.csv", "code,unit,year,target,target_max,source",
                "Q02,330402,2019,97,,南湖区质量提升行动方案（南政办〔2017〕12号）");
        Plan plan = plan(folder);

        ItemScore nanhu = q02(plan, "330402", "96");
        ItemScore xiuzhou = q02(plan, "330411", "96");

        assertThat(nanhu.target()).isEqualByComparingTo("97");
        assertThat(nanhu.completion()).isLessThan(java.math.BigDecimal.ONE);
        assertThat(nanhu.targetText()).isEqualTo("≥97%（本单位目标）");
        assertThat(xiuzhou.target()).isEqualByComparingTo("95");
        assertThat(xiuzhou.completion()).isEqualByComparingTo("1");
        assertThat(xiuzhou.targetText()).isEqualTo("≥95%");
    }

    @Test
    void aUnitTargetLeftForTheOfficeToFillIsNotAssessedUntilItIs() {
        PlanFolder folder = PlanFolder.copyOfShipped(temp);
        folder.write("unit-targets.csv", "code,unit,year,target,target_max,source",
                "Q02,330402,2019,,,待市考核办按南湖区目标分解文件填写");
        Plan plan = plan(folder);

        ItemScore nanhu = q02(plan, "330402", "90");

        assertThat(nanhu.counts()).as("left out of the total, not scored 0").isFalse();
        assertThat(nanhu.flag()).isEqualTo(ScoreFlag.NOT_DUE);
        assertThat(nanhu.rule()).isEqualTo("本单位的目标（目标分解）尚待考核办填写，暂不计分");
        assertThat(nanhu.targetText()).isEqualTo("本单位目标待填写（目标分解），暂不考核");
        assertThat(nanhu.valueText()).as("what was sent is shown").isEqualTo("90");
        assertThat(kaohe.plan.DueItems.of(plan, UnitCode.of("330402"), Period.of("2019Q4")).indicators())
                .as("still asked for in the return").anyMatch(i -> i.code().equals(ItemCode.of("Q02")));
    }

    @Test
    void aboutMeetsTheTargetWithinTheStatedTolerance() {
        PlanFolder folder = PlanFolder.copyOfShipped(temp);
        folder.replaceLine("targets.csv", "code,", TARGETS_HEADER);
        folder.replaceLine("targets.csv", "Q02,2019,", Q02 + ",左右,2");
        Plan plan = plan(folder);

        ItemScore within = q02(plan, "330402", "93");
        ItemScore below = q02(plan, "330402", "86.4");

        assertThat(within.completion()).as("93 is 95 左右 with ±2").isEqualByComparingTo("1");
        assertThat(within.targetText()).isEqualTo("95%左右（不少于93%）");
        assertThat(below.completion()).as("short of the band's edge, by the edge").isEqualByComparingTo("0.9290322580645161290322580645161290");
    }

    @Test
    void aspireScoresInFullWhenReachedAndCostsNothingWhenMissed() {
        PlanFolder folder = PlanFolder.copyOfShipped(temp);
        folder.replaceLine("targets.csv", "code,", TARGETS_HEADER);
        folder.replaceLine("targets.csv", "Q02,2019,", Q02 + ",争取,");
        Plan plan = plan(folder);

        ItemScore reached = q02(plan, "330402", "95.5");
        ItemScore missed = q02(plan, "330402", "90");

        assertThat(reached.counts()).isTrue();
        assertThat(reached.score()).isEqualByComparingTo("2");
        assertThat(reached.targetText()).isEqualTo("争取≥95%");
        assertThat(missed.counts()).as("a missed aspiration is left out of the total").isFalse();
        assertThat(missed.score()).isNull();
        assertThat(missed.valueText()).isEqualTo("90");
        assertThat(missed.rule()).endsWith("争取目标未达到，不扣分，不计入总分");
    }

    @Test
    void planCheckExplainsEveryWrongWordingToleranceAndUnitTargetInChinese() {
        PlanFolder folder = PlanFolder.copyOfShipped(temp);
        folder.replaceLine("targets.csv", "code,", TARGETS_HEADER);
        int maybe = folder.replaceLine("targets.csv", "Q02,2019,", Q02 + ",大约,");
        int noTolerance = folder.replaceLine("targets.csv", "Q03,2019,", "Q03,2019,98,,000_4953c69a70887cfe.txt 一、总体要求 质量总体水平,左右,");
        int stray = folder.replaceLine("targets.csv", "Q02,2020,", "Q02,2020,95,,002_3ee331f8285ab418.txt 二(三)2 具体目标表,,1");
        folder.write("unit-targets.csv", "code,unit,year,target,target_max,source",
                "Q02,HBJ,2019,97,,环保局自定",
                "Q02,330402,2019,97,,南湖区方案",
                "Q02,330402,2019,96,,南湖区方案（修订）");

        PlanLoad load = new PlanLoader().load(folder.dir());

        assertThat(load.problems()).extracting(PlanProblem::toString).contains(
                "targets.csv:" + maybe + ": [wording] 只能是 达到、左右 或 争取（留空即“达到”），现为“大约”",
                "targets.csv:" + noTolerance + ": [tolerance] “左右”须写明可差多少（与指标同一计量单位的正数），如“50个左右”按 ±5 写 5",
                "targets.csv:" + stray + ": [tolerance] 只有 wording 为“左右”的目标填写 tolerance，应留空",
                "unit-targets.csv:2: [unit] 单位 HBJ 不报送指标 Q02，不能有它自己的目标",
                "unit-targets.csv:4: [code] Q02 330402 2019 年的单位目标重复（已见于第 3 行）");
    }

    /** 003's "11个设区城市…平均浓度" is the mean over the cities, judged for the lead: here Q02 as the counties' mean. */
    @Test
    void aTargetOnTheWholeJudgesTheLeadOnTheMeanOfTheCountiesValues() {
        PlanFolder folder = PlanFolder.copyOfShipped(temp);
        folder.set("indicators.csv", "Q02,", "whole", "mean");
        Plan plan = plan(folder);
        InMemoryReturns returns = new InMemoryReturns().put("330402", "2019Q4", "Q02", "96").put("330411", "2019Q4", "Q02", "90.5")
                .put("ZJJ", "2019Q4", "Q02", "99");
        UnitScorer scorer = new UnitScorer(plan, returns, ReferenceValues.none());

        ItemScore city = scorer.assess(plan.unit(UnitCode.of("ZJJ")).orElseThrow(), Period.of("2019Q4")).items().stream()
                .filter(i -> i.item().equals(ItemCode.of("Q02"))).findFirst().orElseThrow();
        ItemScore nanhu = scorer.assess(plan.unit(UnitCode.of("330402")).orElseThrow(), Period.of("2019Q4")).items().stream()
                .filter(i -> i.item().equals(ItemCode.of("Q02"))).findFirst().orElseThrow();

        assertThat(city.value()).as("(96 + 90.5) ÷ 2, not the lead's own 99").isEqualByComparingTo("93.25");
        assertThat(city.valueText()).isEqualTo("93.25（2个县（市、区）平均，5个未报送不计）");
        assertThat(city.completion()).isEqualByComparingTo(new java.math.BigDecimal("93.25").divide(new java.math.BigDecimal("95"),
                java.math.MathContext.DECIMAL128));
        assertThat(city.rule()).startsWith("全市值按2个县（市、区）平均，5个未报送不计计：min(1, 93.25 ÷ 95)");
        assertThat(nanhu.value()).as("a county keeps its own value").isEqualByComparingTo("96");
    }

    /** Q14 as the province would have it: sections meeting Ⅲ类 over sections, per 100, and the city's line the ratio of sums. */
    private Plan withQ14AsARatio(PlanFolder folder) {
        folder.set("indicators.csv", "Q14,", "whole", "ratio");
        folder.set("indicators.csv", "Q14,", "ratio", "达到或优于Ⅲ类的省控断面数/省控断面数");
        folder.set("indicators.csv", "Q14,", "per", "100");
        return plan(folder);
    }

    /** 003's provincial rates are the province's sections over its sections: 4 of 14, not the mean of 75% and 10%. */
    @Test
    void aRatioOnTheWholeIsTheSumOfTheNumeratorsOverTheSumOfTheDenominators() {
        Plan plan = withQ14AsARatio(PlanFolder.copyOfShipped(temp));
        kaohe.plan.Indicator q14 = plan.indicator(ItemCode.of("Q14")).orElseThrow();
        InMemoryReturns returns = new InMemoryReturns().putRatio("330402", "2019Q4", q14, "3", "4").putRatio("330411", "2019Q4", q14, "1", "10")
                .putRatio("HBJ", "2019Q4", q14, "9", "10");
        UnitScorer scorer = new UnitScorer(plan, returns, ReferenceValues.none());

        ItemScore city = scorer.assess(plan.unit(UnitCode.of("HBJ")).orElseThrow(), Period.of("2019Q4")).items().stream()
                .filter(i -> i.item().equals(ItemCode.of("Q14"))).findFirst().orElseThrow();
        ItemScore nanhu = scorer.assess(plan.unit(UnitCode.of("330402")).orElseThrow(), Period.of("2019Q4")).items().stream()
                .filter(i -> i.item().equals(ItemCode.of("Q14"))).findFirst().orElseThrow();

        assertThat(city.value()).as("4 ÷ 14 × 100; the mean of the ratios would be 42.5, the lead's own 90").isEqualByComparingTo("28.571429");
        assertThat(city.valueText()).isEqualTo("28.57（2个县（市、区）分子分母合计，5个未报送不计）");
        assertThat(city.rule()).contains("达到或优于Ⅲ类的省控断面数 4 ÷ 省控断面数 14 × 100");
        assertThat(nanhu.value()).isEqualByComparingTo("75");
        assertThat(nanhu.valueText()).as("a unit's own ratio shows what it was worked out from")
                .isEqualTo("75（达到或优于Ⅲ类的省控断面数 3 ÷ 省控断面数 4 × 100）");
    }

    @Test
    void planCheckExplainsEveryRatioItCannotUseInChinese() {
        PlanFolder folder = PlanFolder.copyOfShipped(temp);
        int noSlash = folder.set("indicators.csv", "Q14,", "ratio", "断面比例");
        int zero = folder.set("indicators.csv", "Q02,", "ratio", "合格批次/抽检批次");
        folder.set("indicators.csv", "Q02,", "per", "0");
        int perAlone = folder.set("indicators.csv", "Q03,", "per", "100");
        int rank = folder.set("indicators.csv", "D01,", "ratio", "名次/城市数");
        int wholeAlone = folder.set("indicators.csv", "Q01,", "whole", "ratio");

        assertThat(new PlanLoader().load(folder.dir()).problems()).extracting(PlanProblem::toString).contains(
                "indicators.csv:" + noSlash + ": [ratio] 应写作“分子/分母”，如“通报次数/出口批次”，现为“断面比例”",
                "indicators.csv:" + zero + ": [per] 比率的倍数应为正数：百分比写 100，每千人写 1000（分母以人计时），不乘写 1",
                "indicators.csv:" + perAlone + ": [per] 只有以分子、分母报送的指标（ratio 列）才有倍数，per 应留空",
                "indicators.csv:" + rank + ": [ratio] RANK_WITHIN 类指标不是比率：名次、零值和累计数照原样填报，ratio 应留空",
                "indicators.csv:" + wholeAlone + ": [whole] whole=ratio（分子之和除以分母之和）只用于以分子、分母报送的指标：请在 ratio 列写明“分子/分母”");
    }

    @Test
    void planCheckRefusesATargetOnTheWholeThatCannotBeAggregated() {
        PlanFolder folder = PlanFolder.copyOfShipped(temp);
        int word = folder.set("indicators.csv", "Q02,", "whole", "avg");
        int kind = folder.set("indicators.csv", "E02,", "whole", "sum");
        int lead = folder.set("indicators.csv", "E04,", "whole", "mean");

        PlanLoad load = new PlanLoader().load(folder.dir());

        assertThat(load.problems()).extracting(PlanProblem::toString).contains(
                "indicators.csv:" + word + ": [whole] 只能是 mean（各县级单位报送值的平均）、sum（合计）或 ratio（分子之和除以分母之和），留空即由牵头单位报送本级数值，现为“avg”",
                "indicators.csv:" + kind + ": [whole] ZERO 类指标不能按汇总值考核：只有 AT_LEAST、AT_MOST、RANGE、CUMULATIVE 有可汇总的数值",
                "indicators.csv:" + lead + ": [whole] 汇总值来自各县级单位的报送：reported_by 应含 counties");
    }

    /** 004: "当年出口商品未发生…通报或退运，且3年内…通报比率…低于全国平均水平": neither is met unless both are. */
    @Test
    void criteriaJoinedByAndAreEachMetOnlyWhenAllAre() throws Exception {
        assertThat(kaohe.plan.ShippedPlan.seedText("004")).contains("当年出口商品未发生出口商品遭境外通报或退运，且3年内本市生产的出口商品遭境外通报比率");
        java.nio.file.Path references = java.nio.file.Files.writeString(temp.resolve("ref.csv"),
                "code,period,value,source\nD03,2019,0.5,海关总署2019年出口商品通报情况\n");
        Plan plan = kaohe.plan.ShippedPlan.plan();
        var ciq = plan.unit(UnitCode.of("CIQ")).orElseThrow();

        var bothMet = new UnitScorer(plan, new InMemoryReturns().put("CIQ", "2019Q4", "D02", "0", "D03", "0.3"),
                ReferenceValues.load(references)).assess(ciq, Period.of("2019Q4"));
        var oneMissed = new UnitScorer(plan, new InMemoryReturns().put("CIQ", "2019Q4", "D02", "2", "D03", "0.3"),
                ReferenceValues.load(references)).assess(ciq, Period.of("2019Q4"));

        assertThat(item(bothMet, "D03").completion()).isEqualByComparingTo("1");
        assertThat(item(oneMissed, "D02").completion()).isEqualByComparingTo("0");
        assertThat(item(oneMissed, "D03").completion()).as("below the national average, but 通报 happened: 且 fails").isEqualByComparingTo("0");
        assertThat(item(oneMissed, "D03").score()).isEqualByComparingTo("0");
        assertThat(item(oneMissed, "D03").rule()).endsWith("与 D02 为“且”的关系，须各项均达到：按其中最低的完成度 0.0000 计");
        assertThat(item(oneMissed, "D03").weight()).as("each keeps its weight").isEqualByComparingTo("0.3");
    }

    @Test
    void planCheckRefusesAnAndGroupOfOneOrOfDifferentReportersOrOneThatIsAlsoAnOr() {
        PlanFolder folder = PlanFolder.copyOfShipped(temp);
        folder.set("indicators.csv", "D03,", "all_of", "");
        int both = folder.set("indicators.csv", "D06,", "all_of", "D06");
        folder.set("indicators.csv", "Q02,", "all_of", "Q02");
        folder.set("indicators.csv", "Q04,", "all_of", "Q02");

        PlanLoad load = new PlanLoader().load(folder.dir());

        assertThat(load.problems()).extracting(PlanProblem::toString).contains(
                "indicators.csv: [all_of] “且”指标组 D02 只有 D02 一项，至少需两项",
                "indicators.csv:" + both + ": [all_of] 一项指标不能同时属于“或”（either_of）和“且”（all_of）组");
        assertThat(load.problems()).extracting(PlanProblem::toString).anyMatch(p -> p.contains("“且”指标组 Q02 中 Q04 与 Q02 的报送单位不同"));
    }

    /** 004 第5项 "进口商品法检检出率连续3年居全国城市排名前10位": this year's rank and the two before it. */
    @Test
    void aRankHeldOverAWindowIsMetOnlyWhenEveryKnownYearOfItIsWithinTheBar() {
        Plan plan = kaohe.plan.ShippedPlan.plan();
        var ciq = plan.unit(UnitCode.of("CIQ")).orElseThrow();
        assertThat(plan.indicator(ItemCode.of("D01")).orElseThrow().rule().span()).isEqualTo(3);

        var held = new UnitScorer(plan, new InMemoryReturns().put("CIQ", "2017Q4", "D01", "8").put("CIQ", "2018Q4", "D01", "9")
                .put("CIQ", "2019Q4", "D01", "7"), ReferenceValues.none()).assess(ciq, Period.of("2019Q4"));
        var lost = new UnitScorer(plan, new InMemoryReturns().put("CIQ", "2017Q4", "D01", "12").put("CIQ", "2018Q4", "D01", "9")
                .put("CIQ", "2019Q4", "D01", "7"), ReferenceValues.none()).assess(ciq, Period.of("2019Q4"));
        var firstYear = new UnitScorer(plan, new InMemoryReturns().put("CIQ", "2019Q4", "D01", "7"), ReferenceValues.none())
                .assess(ciq, Period.of("2019Q4"));

        assertThat(item(held, "D01").completion()).isEqualByComparingTo("1");
        assertThat(item(held, "D01").targetText()).isEqualTo("连续3年居前10位");
        assertThat(item(lost, "D01").completion()).as("12th in 2017 breaks the three years").isEqualByComparingTo("0");
        assertThat(item(lost, "D01").rule()).isEqualTo("2017年 第 12 位，2018年 第 9 位，2019年 第 7 位；要求连续 3 年前 10 位");
        assertThat(item(firstYear, "D01").completion()).isEqualByComparingTo("1");
        assertThat(item(firstYear, "D01").rule()).endsWith("（2017年、2018年无数据，不计）");
    }

    /** 000 附件3: "嘉兴市区PM2.5平均浓度持续下降，确保控制在44微克/立方米以内" (2017), 42 by 2019: under the bar and falling. */
    @Test
    void aCeilingWithADirectionIsMetOnlyWhenTheValueAlsoMovedThatWay() {
        assertThat(kaohe.plan.ShippedPlan.seedText("000")).contains("嘉兴市区PM2.5平均浓度持续下降，确保控制在44微克/立方米以内");
        Plan plan = kaohe.plan.ShippedPlan.plan();
        var hbj = plan.unit(UnitCode.of("HBJ")).orElseThrow();

        var fell = new UnitScorer(plan, new InMemoryReturns().put("HBJ", "2018Q4", "E04", "41.5").put("HBJ", "2019Q4", "E04", "40"),
                ReferenceValues.none()).assess(hbj, Period.of("2019Q4"));
        var rose = new UnitScorer(plan, new InMemoryReturns().put("HBJ", "2018Q4", "E04", "39").put("HBJ", "2019Q4", "E04", "40"),
                ReferenceValues.none()).assess(hbj, Period.of("2019Q4"));
        var unknown = new UnitScorer(plan, new InMemoryReturns().put("HBJ", "2019Q4", "E04", "40"), ReferenceValues.none())
                .assess(hbj, Period.of("2019Q4"));

        assertThat(item(fell, "E04").completion()).isEqualByComparingTo("1");
        assertThat(item(fell, "E04").targetText()).isEqualTo("持续下降，≤42微克/立方米");
        assertThat(item(rose, "E04").completion()).as("under 42, but up from 39: not 持续下降").isEqualByComparingTo("0");
        assertThat(item(rose, "E04").rule()).endsWith("；且须逐年下降：2018年 39 → 本期 40，未下降，按“且”计 0");
        assertThat(item(unknown, "E04").completion()).isEqualByComparingTo("1");
        assertThat(item(unknown, "E04").rule()).endsWith("；且须逐年下降：2018年无数据，不判断");
    }

    @Test
    void planCheckRefusesADirectionABarCannotHave() {
        PlanFolder folder = PlanFolder.copyOfShipped(temp);
        String e04 = folder.line("indicators.csv", "E04,");
        int line = folder.replaceLine("indicators.csv", "E04,", e04.replace("AT_MOST,falling,", "AT_MOST,rising,"));

        assertThat(new PlanLoader().load(folder.dir()).problems()).extracting(PlanProblem::toString)
                .contains("indicators.csv:" + line + ": [direction] AT_MOST 只能另要求 falling（持续下降），不要求则留空");
    }

    /**
     * 003 附件4: 鲁班奖 25 by 2019 and 8 (of 8—9) each year, judged for the province on the sum of the cities' counts:
     * 2018 is on its way to 25, yet adds only 5 that year. 嘉兴市, held to its own 2 by 2019 (000), is not asked for 8.
     */
    @Test
    void aYearlyFlowBesideTheTotalHoldsEachYearsAdditionToo() {
        Plan province = new PlanLoader().load(Path.of("data/plans/zhejiang-2017-2019")).plan();
        var sjst = province.unit(UnitCode.of("SJST")).orElseThrow();

        var steady = new UnitScorer(province, cities(province, "2017Q4", 9).and(cities(province, "2018Q4", 17)), ReferenceValues.none())
                .assess(sjst, Period.of("2018Q4"));
        var slow = new UnitScorer(province, cities(province, "2017Q4", 12).and(cities(province, "2018Q4", 17)), ReferenceValues.none())
                .assess(sjst, Period.of("2018Q4"));
        var first = new UnitScorer(province, cities(province, "2017Q4", 6), ReferenceValues.none()).assess(sjst, Period.of("2017Q4"));
        var oneCityShort = new UnitScorer(province, cities(province, "2017Q4", 12).and(cities(province, "2018Q4", 17)).without("330500", "2017Q4"),
                ReferenceValues.none()).assess(sjst, Period.of("2018Q4"));
        var jiaxing = new UnitScorer(province, new InMemoryReturns().put("330400", "2017Q4", "Q12", "1").put("330400", "2018Q4", "Q12", "1"),
                ReferenceValues.none()).assess(province.unit(UnitCode.of("330400")).orElseThrow(), Period.of("2018Q4"));

        assertThat(item(steady, "Q12").value()).as("the sum of the eleven cities").isEqualByComparingTo("17");
        assertThat(item(steady, "Q12").completion()).as("17 by 2018 is past 序时进度 16.67 and 8 were added").isEqualByComparingTo("1");
        assertThat(item(slow, "Q12").completion()).as("on the way to 25, but 5 of the year's 8").isEqualByComparingTo("0.625");
        assertThat(item(slow, "Q12").rule()).endsWith("；且每年新增 8：2018年新增 5（2017年底 12 → 本期 17），完成 0.6250");
        assertThat(item(first, "Q12").rule()).as("2017 adds to the plan's 0 at the end of 2016")
                .contains("2017年新增 6（2016年底 0 → 本期 6），完成 0.7500");
        assertThat(item(first, "Q12").completion()).as("the lower of 6 ÷ 序时进度 8.33 and 6 ÷ 8")
                .isCloseTo(new java.math.BigDecimal("0.72"), org.assertj.core.data.Offset.offset(new java.math.BigDecimal("1e-20")));
        assertThat(item(oneCityShort, "Q12").rule()).as("a year-end sum short of a city is not a year-end sum")
                .endsWith("；且每年新增 8：2017年底累计无数据，不判断");
        assertThat(item(jiaxing, "Q12").rule()).doesNotContain("每年新增");
        assertThat(item(jiaxing, "Q12").targetText()).contains("本单位目标");
    }

    /** 省建设厅 leads three of the province's counts judged on the cities' sum: each city's return is read once, not once an item. */
    @Test
    void theLeadsItemsOnTheWholeReadEachCountysReturnOnce() {
        Plan province = new PlanLoader().load(Path.of("data/plans/zhejiang-2017-2019")).plan();
        InMemoryReturns returns = cities(province, "2019Q4", 3);
        java.util.Map<String, Integer> reads = new java.util.HashMap<>();
        ScoringData counting = new ScoringData() {
            @Override
            public java.util.Optional<UnitReturn> current(UnitCode unit, Period period) {
                reads.merge(unit.value(), 1, Integer::sum);
                return returns.current(unit, period);
            }

            @Override
            public boolean hasRejected(UnitCode unit, Period period) {
                return returns.hasRejected(unit, period);
            }

            @Override
            public java.util.Optional<java.math.BigDecimal> annualValue(UnitCode unit, ItemCode item, int year) {
                return returns.annualValue(unit, item, year);
            }
        };

        var sjst = new UnitScorer(province, counting, ReferenceValues.none()).assess(province.unit(UnitCode.of("SJST")).orElseThrow(),
                Period.of("2019Q4"));

        assertThat(province.indicators().stream().filter(i -> i.whole() != null && i.leadUnit().value().equals("SJST")).count())
                .isGreaterThanOrEqualTo(3);
        assertThat(item(sjst, "Q12").value()).as("the eleven cities' sum").isEqualByComparingTo("3");
        assertThat(reads).containsEntry("330100", 1).containsEntry("331100", 1);
    }

    /** Each city's count of {@code total} in {@code period}: all of it in 杭州市, the other ten with none. */
    private static InMemoryReturns cities(Plan province, String period, int total) {
        InMemoryReturns returns = new InMemoryReturns();
        for (UnitCode city : province.unitsOf(kaohe.plan.PeerGroup.COUNTY)) {
            returns.put(city.value(), period, "Q12", city.value().equals("330100") ? String.valueOf(total) : "0");
        }
        return returns;
    }

    @Test
    void planCheckRefusesAYearlyFlowOnAnythingButARunningTotal() {
        PlanFolder folder = PlanFolder.copyOfShipped(temp);
        int rate = folder.set("indicators.csv", "Q02,", "yearly", "5");

        assertThat(new PlanLoader().load(folder.dir()).problems()).extracting(PlanProblem::toString)
                .contains("indicators.csv:" + rate + ": [yearly] 每年新增量只用于累计类指标（CUMULATIVE、RANGE），AT_LEAST 应留空");
    }

    private static ItemScore item(UnitAssessment a, String code) {
        return a.items().stream().filter(i -> i.item().equals(ItemCode.of(code))).findFirst().orElseThrow();
    }
}
