package kaohe.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import kaohe.plan.Plan;
import kaohe.plan.PlanFolder;
import kaohe.plan.PlanLoad;
import kaohe.plan.PlanLoader;
import kaohe.plan.PlanProblem;
import kaohe.plan.ShippedPlan;
import kaohe.shared.ItemCode;
import kaohe.shared.Period;
import kaohe.shared.UnitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReferenceAndDeductionTests {

    @TempDir
    Path temp;

    @Test
    void belowTheNationalAverageIsScoredAgainstThePeriodsReferenceValue() throws Exception {
        Path file = Files.writeString(temp.resolve("ref.csv"),
                "code,period,value,source\nD04,2019,0.35,国家市场监管总局2019年特种设备安全状况通告\n");
        InMemoryReturns returns = new InMemoryReturns().put("ZJJ", "2019Q4", "D04", "0.30");
        UnitScorer scorer = new UnitScorer(ShippedPlan.plan(), returns, ReferenceValues.load(file));

        ItemScore d04 = item(scorer.assess(unit("ZJJ"), Period.of("2019Q4")), "D04");

        assertThat(d04.completion()).isEqualByComparingTo("1");
        assertThat(d04.target()).isEqualByComparingTo("0.35");
        assertThat(d04.rule()).contains("0.3 须低于 参照值 0.35").contains("国家市场监管总局");
    }

    /** Excel's "CSV UTF-8" starts with a byte-order mark; main then failed to find the code column, in English. */
    @Test
    void aReferenceFileSavedAsExcelCsvUtf8IsRead() throws Exception {
        Path file = Files.writeString(temp.resolve("ref.csv"),
                "\uFEFFcode,period,value,source\nD04,2019,0.35,国家市场监管总局2019年特种设备安全状况通告\n");

        assertThat(ReferenceValues.load(file).of(ItemCode.of("D04"), Period.of("2019Q4"))).hasValueSatisfying(
                r -> assertThat(r.value()).isEqualByComparingTo("0.35"));
    }

    /** main kept the last of two rows for the same item and period without a word. */
    @Test
    void twoReferenceRowsForTheSameItemAndPeriodAreRefusedWithBothLines() throws Exception {
        Path file = Files.writeString(temp.resolve("ref.csv"),
                "code,period,value,source\nD04,2019,0.35,通告\nD03,2019,0.2,年报\nD04,2019,0.30,另一通告\n");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ReferenceValues.load(file))
                .isInstanceOf(kaohe.shared.DataFileProblem.class)
                .hasMessage("参照值文件 ref.csv 第 4 行：D04 2019 的参照值与第 2 行重复，请删去其中一行（不会默认采用任一行）");
    }

    @Test
    void aReferenceFileSavedAsGbkSaysSoInOneLine() throws Exception {
        Path file = Files.write(temp.resolve("ref.csv"),
                "code,period,value,source\nD04,2019,0.35,国家市场监管总局通告\n".getBytes(java.nio.charset.Charset.forName("GBK")));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ReferenceValues.load(file))
                .isInstanceOf(kaohe.shared.DataFileProblem.class).hasMessageStartingWith("参照值文件 ref.csv：文件是 GBK（GB18030）编码");
    }

    @Test
    void aReferenceValueThatIsNotANumberNamesItsLineInChinese() throws Exception {
        Path file = Files.writeString(temp.resolve("ref.csv"), "code,period,value,source\nD04,2019Q5,0.35,通告\n");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ReferenceValues.load(file))
                .isInstanceOf(kaohe.shared.DataFileProblem.class).hasMessageContaining("第 2 行：考核期“2019Q5”应写作 2019Q4");
    }

    @Test
    void withoutAReferenceValueTheItemWaitsInsteadOfBeingScored() {
        InMemoryReturns returns = new InMemoryReturns().put("ZJJ", "2019Q4", "D04", "0.30");

        ItemScore d04 = item(new UnitScorer(ShippedPlan.plan(), returns, ReferenceValues.none())
                .assess(unit("ZJJ"), Period.of("2019Q4")), "D04");

        assertThat(d04.flag()).isEqualTo(ScoreFlag.NOT_DUE);
        assertThat(d04.completion()).isNull();
        assertThat(d04.rule()).contains("缺少 2019Q4 的全国平均水平参照值");
    }

    @Test
    void aDeductionRuleTakesPointsPerStepInsteadOfTheCompletionRule() {
        PlanFolder folder = PlanFolder.copyOfShipped(temp);
        folder.replaceLine("indicators.csv", "E04,", folder.line("indicators.csv", "E04,").replace(",quarterly,3,,,", ",quarterly,3,1,1,"));
        Plan plan = new PlanLoader().load(folder.dir()).plan();
        InMemoryReturns returns = new InMemoryReturns().put("HBJ", "2019Q2", "E04", "43.5");

        ItemScore e04 = item(new UnitScorer(plan, returns, ReferenceValues.none()).assess(unit("HBJ"), Period.of("2019Q2")), "E04");

        // 43.5 against a ceiling of 42: 1.5 over, two started steps of 1, 1 point each: 3 − 2 = 1.
        assertThat(e04.score()).isEqualByComparingTo("1");
        assertThat(Exact.shown(e04.completion(), 4)).isEqualTo("0.3333");
        assertThat(e04.rule()).contains("扣分制");
    }

    @Test
    void aLatePenaltyTheWholePlanSetsComesOffTheTotalsOfLateReturnsOnly() {
        PlanFolder folder = PlanFolder.copyOfShipped(temp);
        folder.replaceLine("plan.properties", "late-penalty=", "late-penalty=5");
        Plan plan = new PlanLoader().load(folder.dir()).plan();
        java.time.Instant late = java.time.Instant.parse("2019-07-08T02:00:00Z");
        InMemoryReturns returns = new InMemoryReturns()
                .put("330402", "2019Q2", "Q02", "95", "Q03", "98", "Q14", "50", "E01", "45", "E03", "60", "E02", "0",
                        "T11", "已完成", "T12", "已完成", "T13", "已完成", "K06", "已完成")
                .put("330411", "2019Q2", late, "Q02", "95", "Q03", "98", "Q14", "50", "E01", "45", "E03", "60", "E02", "0",
                        "T11", "已完成", "T12", "已完成", "T13", "已完成", "K06", "已完成");
        UnitScorer scorer = new UnitScorer(plan, returns, ReferenceValues.none());

        UnitAssessment onTime = scorer.assess(plan.unit(UnitCode.of("330402")).orElseThrow(), Period.of("2019Q2"));
        UnitAssessment lateOne = scorer.assess(plan.unit(UnitCode.of("330411")).orElseThrow(), Period.of("2019Q2"));

        assertThat(onTime.total()).isEqualByComparingTo("100");
        assertThat(lateOne.total()).isEqualByComparingTo("95");
        assertThat(lateOne.latePenalty()).isEqualByComparingTo("5");
        assertThat(Explanation.lines(Ranking.rank(java.util.List.of(lateOne)).get(0), 7, Period.of("2019Q2"), null).get(1))
                .contains("− 迟报扣分 5");
    }

    @Test
    void planCheckRefusesADeductionRuleOnAKindWithoutAShortfall() {
        PlanFolder folder = PlanFolder.copyOfShipped(temp);
        int line = folder.replaceLine("indicators.csv", "D05,", folder.line("indicators.csv", "D05,").replace(",annual,0.3,,,", ",annual,0.3,1,1,"));

        PlanLoad load = new PlanLoader().load(folder.dir());

        assertThat(load.problems()).extracting(PlanProblem::toString)
                .contains("indicators.csv:" + line + ": [deduction_points] TREND 类指标没有“差距”，不能用扣分制");
    }

    private static kaohe.plan.ReportingUnit unit(String code) {
        return ShippedPlan.plan().unit(UnitCode.of(code)).orElseThrow();
    }

    private static ItemScore item(UnitAssessment a, String code) {
        return a.items().stream().filter(i -> i.item().equals(ItemCode.of(code))).findFirst().orElseThrow();
    }
}
