package kaohe.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import kaohe.plan.Plan;
import kaohe.plan.ShippedPlan;
import kaohe.shared.ItemCode;
import kaohe.shared.Period;
import kaohe.shared.UnitCode;
import org.junit.jupiter.api.Test;

/**
 * 2019Q2 of the Jiaxing plan for every unit, with the totals of two counties and two bureaus worked
 * out by hand below. In 2019Q2 a county owes Q02, Q03, Q14 (weight 2 each), E01, E03 (3 each), E02 (2: the
 * 2017 全面消除劣Ⅴ类水 still governs) and the tasks T11, T12, T13, K06 (1 each); annual items wait for Q4.
 */
class WholeQuarterTests {

    private static final Plan PLAN = ShippedPlan.plan();
    private static final Period Q2 = Period.of("2019Q2");

    private final InMemoryReturns returns = new InMemoryReturns()
            // 南湖区: Q02 95/95 = 1 → 2; Q03 97/98 → 2 × 97/98 = 1.979591836…; Q14 不适用, left out;
            // E01 45/45 → 3; E03 48/60 = 0.8 → 2.4; E02 0 sections → 2; tasks 1 + 0.8 + 0.4 + 0 = 2.2.
            // Σ score = 2 + 1.979591836… + 3 + 2.4 + 2 + 2.2 = 13.579591836…; Σ weight = 18 − 2 = 16.
            // total = 100 × 13.579591836… / 16 = 84.872448… → 84.87 良好.
            .put("330402", "2019Q2", "Q02", "95", "Q03", "97", "Q14", "无", "E01", "45", "E03", "48", "E02", "0",
                    "T11", "已完成", "T12", "按进度推进", "T13", "滞后", "K06", "未启动")
            // 秀洲区, two days late (no penalty in this plan, flagged only): Q02 100 → 2; Q03 98 → 2; Q14 50/50 → 2;
            // E01 36/45 = 0.8 → 2.4; E03 30/60 = 0.5 → 1.5; E02 0 → 2; four tasks at 0.8 → 3.2.
            // Σ score = 15.1; Σ weight = 18; total = 83.888… → 83.89 良好.
            .put("330411", "2019Q2", Instant.parse("2019-07-07T02:00:00Z"), "Q02", "100", "Q03", "98", "Q14", "50", "E01", "36",
                    "E03", "30", "E02", "0", "T11", "按进度推进", "T12", "按进度推进", "T13", "按进度推进", "K06", "按进度推进")
            // 市环保局 (HBJ) owes Q14, E01, E02, E03, E04 (PM2.5, ≤42), E05 (≥75) and seven tasks.
            // Q14 55 → 2; E01 50 → 3; E02 0 → 2; E03 66 → 3; E04 45 > 42 → 3 × 42/45 = 2.8; E05 71.25/75 = 0.95 → 2.85;
            // tasks T03 T07 T11 T13 K02 K06 已完成 (6), K05 按进度推进 (0.8).
            // Σ score = 2 + 3 + 2 + 3 + 2.8 + 2.85 + 6.8 = 22.45; Σ weight = 16 + 7 = 23; total = 97.608695… → 97.61 优秀.
            .put("HBJ", "2019Q2", "Q14", "55", "E01", "50", "E02", "0", "E03", "66", "E04", "45", "E05", "71.25",
                    "T03", "已完成", "T07", "已完成", "T11", "已完成", "T13", "已完成", "K02", "已完成", "K05", "按进度推进", "K06", "已完成")
            // 嘉兴检验检疫局 (CIQ) owes D02 (0次, weight 0.3), T01 and T10.
            // D02 one 通报 → 0; T01 已完成 → 1; T10 滞后 → 0.4. Σ score = 1.4; Σ weight = 2.3; total = 60.869… → 60.87 合格.
            .put("CIQ", "2019Q2", "D02", "1", "T01", "已完成", "T10", "滞后")
            .rejected("330421", "2019Q2");

    private final List<RankedUnit> ranked = Ranking.rank(PLAN.units().stream()
            .map(u -> new UnitScorer(PLAN, returns, ReferenceValues.none()).assess(u, Q2)).toList());

    @Test
    void aUnitWithOnlyARejectedReturnIsLookedUpOnceForAllItsItems() {
        java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
        ScoringData counting = new ScoringData() {
            @Override
            public java.util.Optional<UnitReturn> current(UnitCode unit, Period period) {
                return returns.current(unit, period);
            }

            @Override
            public boolean hasRejected(UnitCode unit, Period period) {
                asked.incrementAndGet();
                return returns.hasRejected(unit, period);
            }

            @Override
            public java.util.Optional<BigDecimal> annualValue(UnitCode unit, ItemCode item, int year) {
                return returns.annualValue(unit, item, year);
            }
        };

        UnitAssessment jiashan = new UnitScorer(PLAN, counting, ReferenceValues.none()).assess(PLAN.unit(UnitCode.of("330421")).orElseThrow(), Q2);

        assertThat(jiashan.items().stream().filter(i -> i.flag() == ScoreFlag.REJECTED)).as("its items owed this quarter").hasSizeGreaterThan(5);
        assertThat(asked).as("questions to the store").hasValue(1);
    }

    @Test
    void countiesAndBureausWorkedOutByHand() {
        assertThat(total("330402")).isEqualTo("84.87");
        assertThat(total("330411")).isEqualTo("83.89");
        assertThat(total("HBJ")).isEqualTo("97.61");
        assertThat(total("CIQ")).isEqualTo("60.87");
        assertThat(unit("330402").rating()).isEqualTo(Rating.良好);
        assertThat(unit("HBJ").rating()).isEqualTo(Rating.优秀);
        assertThat(unit("CIQ").rating()).isEqualTo(Rating.合格);
    }

    @Test
    void ranksAreWithinThePeerGroupAndUnitsWithoutReturnsTieLast() {
        assertThat(unit("330402").rank()).isEqualTo(1);
        assertThat(unit("330411").rank()).isEqualTo(2);
        assertThat(unit("330421").rank()).as("rejected only: scored 0").isEqualTo(3);
        assertThat(unit("330483").rank()).isEqualTo(3);
        assertThat(unit("HBJ").rank()).isEqualTo(1);
        assertThat(unit("CIQ").rank()).isEqualTo(2);
        assertThat(unit("ZJJ").rank()).isEqualTo(3);
    }

    @Test
    void itemsCarryFlagsCountsAndTheirSourceCells() {
        UnitAssessment nanhu = unit("330402").assessment();
        assertThat(item("330402", "Q14").flag()).isEqualTo(ScoreFlag.NOT_APPLICABLE);
        assertThat(item("330402", "Q01").flag()).isEqualTo(ScoreFlag.NOT_DUE);
        assertThat(item("330402", "E03").light()).isEqualTo(Light.AMBER);
        assertThat(item("330402", "T13").light()).isEqualTo(Light.RED);
        assertThat(item("330402", "Q02").sourceFile()).isEqualTo("330402-2019Q2.xlsx");
        assertThat(item("330402", "Q02").sourceCell()).isEqualTo("指标!E6");
        assertThat(nanhu.counted()).isEqualTo(9);
        assertThat(nanhu.reported()).isEqualTo(9);
        assertThat(item("330411", "Q02").flag()).isEqualTo(ScoreFlag.LATE);
        assertThat(unit("330411").assessment().late()).isEqualTo(10);
        assertThat(item("330421", "Q02").flag()).isEqualTo(ScoreFlag.REJECTED);
        assertThat(item("330424", "Q02").flag()).isEqualTo(ScoreFlag.NOT_REPORTED);
        assertThat(unit("330424").assessment().missing()).isEqualTo(10);
    }

    /** Decimal arithmetic to 34 digits: no binary floating-point error creeps into a score. */
    @Test
    void scoresAreExactUntilShown() {
        BigDecimal byHand = new BigDecimal("2").add(new BigDecimal("194").divide(new BigDecimal("98"), Exact.CONTEXT))
                .add(new BigDecimal("3")).add(new BigDecimal("2.4")).add(new BigDecimal("2")).add(new BigDecimal("2.2"));
        assertThat(unit("330402").assessment().scoreSum()).isCloseTo(byHand, org.assertj.core.data.Offset.offset(new BigDecimal("1e-30")));
        assertThat(unit("330411").assessment().scoreSum()).isEqualByComparingTo("15.1");
    }

    @Test
    void explanationAnswersWhyTheTotalIsWhatItIs() {
        java.util.List<String> lines = Explanation.lines(unit("330402"), 7, Q2, null);

        assertThat(lines.get(0)).isEqualTo("南湖区（330402）2019Q2 考核");
        assertThat(lines.get(1)).isEqualTo("  总分 84.87 = 100 × 得分合计 13.5796 ÷ 权重合计 16；良好，县（市、区）第 1 名（共 7 个）");
        assertThat(String.join("\n", lines))
                .contains("Q03 农产品质量安全检测合格率（AT_LEAST）\n  本期值：97（330402-2019Q2.xlsx 指标!E7）\n  目标：≥98%\n"
                        + "  规则：min(1, 97 ÷ 98)\n  完成度 0.9898（黄灯）× 权重 2 = 得分 1.98")
                .contains("T13 优化公共服务资源配置（MILESTONE）")
                .contains("  规则：滞后 = 0.4\n  完成度 0.4000（红灯，滞后预警）× 权重 1 = 得分 0.40")
                .contains("不计入总分（不适用），权重 2");
        assertThat(Explanation.lines(unit("330402"), 7, Q2, "E03")).hasSize(3 + 6).last().asString().contains("得分 2.40");
    }

    private RankedUnit unit(String code) {
        return ranked.stream().filter(r -> r.assessment().unit().code().equals(UnitCode.of(code))).findFirst().orElseThrow();
    }

    private String total(String code) {
        return unit(code).shownTotal().toPlainString();
    }

    private ItemScore item(String unit, String code) {
        return unit(unit).assessment().items().stream().filter(i -> i.item().equals(ItemCode.of(code))).findFirst().orElseThrow();
    }
}
