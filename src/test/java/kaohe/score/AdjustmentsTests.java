package kaohe.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kaohe.plan.Plan;
import kaohe.plan.ShippedPlan;
import kaohe.shared.DataFileProblem;
import kaohe.shared.ItemCode;
import kaohe.shared.Period;
import kaohe.shared.UnitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The office's 加减分 and 一票否决, without Spring: how they change scores, totals, ratings and ranks. */
class AdjustmentsTests {

    private static final Plan PLAN = ShippedPlan.plan();
    private static final Period Q2 = Period.of("2019Q2");

    @TempDir
    Path temp;

    /** Both counties report everything at target in 2019Q2: Q02, Q03, Q14, E01, E02, E03 and four tasks, Σ weight 18. */
    private final InMemoryReturns returns = new InMemoryReturns()
            .put("330402", "2019Q2", "Q02", "95", "Q03", "98", "Q14", "50", "E01", "45", "E02", "0", "E03", "60",
                    "T11", "已完成", "T12", "已完成", "T13", "已完成", "K06", "已完成")
            .put("330411", "2019Q2", "Q02", "95", "Q03", "98", "Q14", "50", "E01", "45", "E02", "0", "E03", "60",
                    "T11", "已完成", "T12", "已完成", "T13", "按进度推进", "K06", "已完成");

    private List<RankedUnit> assess(String adjustments) throws Exception {
        Path file = Files.writeString(temp.resolve("2019Q2.csv"), "\uFEFFunit_code,applies_to,points,reason,document\n" + adjustments);
        Adjustments office = Adjustments.load(file, PLAN);
        UnitScorer scorer = new UnitScorer(PLAN, returns, ReferenceValues.none(), period -> office);
        return Ranking.rank(PLAN.unitsOf(kaohe.plan.PeerGroup.COUNTY).stream()
                .map(code -> scorer.assess(PLAN.unit(code).orElseThrow(), Q2)).toList());
    }

    /**
     * 南湖区: Σ score 18 of 18 = 100; −2 on the total for a safety incident → 98.00. 秀洲区: T13 按进度推进 0.8, so
     * Σ 17.8 of 18 = 98.89; +0.1 on T13 (a task done ahead of the report) → 17.9 → 99.44.
     */
    @Test
    void pointsOnTheTotalAndOnAnItemChangeTheTotalAsTheOfficeDecided() throws Exception {
        List<RankedUnit> ranked = assess("330402,总分,-2,发生较大质量安全事故,嘉质强办〔2019〕12号\n"
                + "330411,T13,0.1,任务提前完成,嘉质强办〔2019〕13号\n");

        RankedUnit nanhu = unit(ranked, "330402");
        RankedUnit xiuzhou = unit(ranked, "330411");
        assertThat(nanhu.shownTotal()).isEqualByComparingTo("98.00");
        assertThat(Exact.shown(nanhu.assessment().baseTotal(), 2)).isEqualTo("100.00");
        assertThat(nanhu.assessment().totalAdjustment()).isEqualByComparingTo("-2");
        assertThat(xiuzhou.shownTotal()).isEqualByComparingTo("99.44");
        ItemScore t13 = xiuzhou.assessment().items().stream().filter(i -> i.item().equals(ItemCode.of("T13"))).findFirst().orElseThrow();
        assertThat(t13.score()).isEqualByComparingTo("0.9");
        assertThat(t13.completion()).as("what the unit achieved is unchanged").isEqualByComparingTo("0.8");
        assertThat(t13.rule()).contains("加分 +0.1（任务提前完成，嘉质强办〔2019〕13号），得分 0.80 → 0.90");
        assertThat(xiuzhou.rank()).isEqualTo(1);
        assertThat(nanhu.rank()).isEqualTo(2);
    }

    @Test
    void anItemNeverScoresBeyondItsWeightNorATotalBeyond100() throws Exception {
        List<RankedUnit> ranked = assess("330402,Q02,2,示范推广,嘉质强办〔2019〕14号\n330402,总分,3,创建成效突出,\n"
                + "330411,E01,-3,断面数据造假,\n");

        assertThat(unit(ranked, "330402").shownTotal()).isEqualByComparingTo("100.00");
        ItemScore e01 = unit(ranked, "330411").assessment().items().stream().filter(i -> i.item().equals(ItemCode.of("E01")))
                .findFirst().orElseThrow();
        assertThat(e01.score()).isEqualByComparingTo("0");
    }

    /** 一票否决: 不合格 whatever the total, and after every peer without one. */
    @Test
    void aVetoMakesTheUnitFailAndRankLast() throws Exception {
        List<RankedUnit> ranked = assess("330402,一票否决,,发生重大质量安全事故,嘉质强办〔2019〕15号\n");

        RankedUnit nanhu = unit(ranked, "330402");
        assertThat(nanhu.shownTotal()).isEqualByComparingTo("100.00");
        assertThat(nanhu.rating()).isEqualTo(Rating.不合格);
        assertThat(nanhu.rank()).as("after the six other counties, even those with nothing received").isEqualTo(7);
        assertThat(unit(ranked, "330411").rank()).isEqualTo(1);
        assertThat(Explanation.lines(nanhu, 7, Q2, null)).anyMatch(l -> l.contains("考核办一票否决（发生重大质量安全事故，嘉质强办〔2019〕15号）：等级定为不合格"));
    }

    @Test
    void explainShowsEachAdjustmentAndWhetherItApplied() throws Exception {
        RankedUnit nanhu = unit(assess("330402,总分,-2,发生较大质量安全事故,嘉质强办〔2019〕12号\n330402,P08,0.5,,x\n".replace(",,x", ",养老示范,x")), "330402");

        List<String> lines = Explanation.lines(nanhu, 7, Q2, null);

        assertThat(lines.get(1)).startsWith("  总分 98.00 = 100 × 得分合计 18.0000 ÷ 权重合计 18 − 减分 2；");
        assertThat(lines).anyMatch(l -> l.contains("考核办加分 +0.5（养老示范，x）：未生效：P08 本期不计分"));
    }

    @Test
    void aBadLineStopsWithItsLineInChinese() throws Exception {
        assertThatThrownBy(() -> assess("330402,总分,两分,理由,\n")).isInstanceOf(DataFileProblem.class)
                .hasMessage("加减分文件 2019Q2.csv 第 2 行：分值“两分”不是数字（加分写 2，减分写 -2）");
        assertThatThrownBy(() -> assess("330402,总分,1,理由,\n999999,总分,1,理由,\n")).isInstanceOf(DataFileProblem.class)
                .hasMessageContaining("第 3 行：单位“999999”不在计划的单位中");
        assertThatThrownBy(() -> assess("330402,D02,1,理由,\n")).isInstanceOf(DataFileProblem.class)
                .hasMessageContaining("applies_to“D02”应为该单位考核的指标或任务编码");
        assertThatThrownBy(() -> assess("330402,一票否决,5,理由,\n")).isInstanceOf(DataFileProblem.class)
                .hasMessageContaining("一票否决不填分值");
        assertThatThrownBy(() -> assess("330402,总分,1,,\n")).isInstanceOf(DataFileProblem.class).hasMessageContaining("请写明理由");
    }

    /** What an office did not mean: each refused before anything is scored, with the file, line and why. */
    @Test
    void linesAnOfficeCannotHaveMeantAreRefusedWithTheirLine() {
        String line = "330402,总分,-2,发生较大质量安全事故,嘉质强办〔2019〕12号\n";
        assertThatThrownBy(() -> assess(line + line)).isInstanceOf(DataFileProblem.class)
                .hasMessageContaining("加减分文件 2019Q2.csv 第 3 行与第 2 行完全相同");
        assertThatThrownBy(() -> assess("330402,总分,-2,理由,文号\n330402,总分,-2.00,理由,文号\n")).isInstanceOf(DataFileProblem.class)
                .as("2 and 2.00 are the same points").hasMessageContaining("第 3 行与第 2 行完全相同");
        assertThatThrownBy(() -> assess("330402,总分,1000,创建成效突出,\n")).isInstanceOf(DataFileProblem.class)
                .hasMessageContaining("第 2 行：分值 1000 超出范围：总分满分 100 分");
        assertThatThrownBy(() -> assess("330402,总分,123456789012345,理由,\n")).isInstanceOf(DataFileProblem.class)
                .hasMessageContaining("第 2 行：分值 123456789012345 超出范围");
        assertThatThrownBy(() -> assess("330402,Q02,3,示范推广,\n")).isInstanceOf(DataFileProblem.class)
                .hasMessageContaining("Q02 的权重为 2 分");
        assertThatThrownBy(() -> assess("330402,总分,1.2345,理由,\n")).isInstanceOf(DataFileProblem.class)
                .hasMessageContaining("超过两位小数");
        assertThatThrownBy(() -> assess("330402,总分,0,理由,\n")).isInstanceOf(DataFileProblem.class).hasMessageContaining("分值为 0");
        assertThatThrownBy(() -> assess("330402,总分,1,\"" + "理".repeat(501) + "\",\n")).isInstanceOf(DataFileProblem.class)
                .hasMessageContaining("理由有 501 个字，最多 500 个");
        assertThatThrownBy(() -> assess("330402,总分,1,理由,\"" + "号".repeat(201) + "\"\n")).isInstanceOf(DataFileProblem.class)
                .hasMessageContaining("文号有 201 个字，最多 200 个");
    }

    @Test
    void anAdjustmentThatChangesNothingIsNamed() throws Exception {
        List<RankedUnit> ranked = assess("330402,总分,3,创建成效突出,\n330402,P08,0.5,养老示范,\n330411,总分,-1,迟报,\n");

        List<String> lines = AdjustmentEffects.ineffective(ranked.stream().map(RankedUnit::assessment).toList());

        assertThat(lines).containsExactlyInAnyOrder("加减分没有改变得分：南湖区（330402） 总分 +3，总分已是 100 分",
                "加减分没有改变得分：南湖区（330402） P08 +0.5，该项本期不计分");
    }

    private static RankedUnit unit(List<RankedUnit> ranked, String code) {
        return ranked.stream().filter(r -> r.assessment().unit().code().equals(UnitCode.of(code))).findFirst().orElseThrow();
    }
}
