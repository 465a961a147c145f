package kaohe.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import kaohe.plan.Plan;
import kaohe.plan.ShippedPlan;
import kaohe.plan.TargetKind;
import kaohe.score.ItemScore;
import kaohe.score.ScoreFlag;
import kaohe.shared.ItemCode;
import kaohe.validate.ItemType;
import org.junit.jupiter.api.Test;

/** 滞后预警 says how far behind in the item's own unit, as a 局长 would say it, not as a completion gap. */
class ItemGapTests {

    private static final Plan PLAN = ShippedPlan.plan();

    @Test
    void aPercentageShortOfItsTargetIsSaidInPercentagePoints() {
        ItemScore q02 = indicator("Q02", TargetKind.AT_LEAST, "81.7", "95", null, "0.86");

        assertThat(ItemGap.of(PLAN, q02)).isEqualTo("差 13.3 个百分点");
    }

    @Test
    void aCountBehindItsProRataValueSaysHowManyMoreAreNeededAndTheProRataValue() {
        ItemScore q06 = indicator("Q06", TargetKind.CUMULATIVE, "38", "43", "43", "0.8837");

        assertThat(ItemGap.of(PLAN, q06)).isEqualTo("还需 5 家（序时进度 43）");
    }

    @Test
    void aCeilingExceededSaysHowMuchToBringItDown() {
        ItemScore e04 = indicator("E04", TargetKind.AT_MOST, "45.91", "42", null, "0.9148");

        assertThat(ItemGap.of(PLAN, e04)).isEqualTo("需降低 3.91 微克/立方米");
    }

    @Test
    void aTaskSaysWhatItsProgressShouldBeAndAnUnreportedItemThatItScoresNothing() {
        assertThat(ItemGap.of(PLAN, task("T13", "滞后", "0.4"))).isEqualTo("应按进度推进");
        assertThat(ItemGap.of(PLAN, task("T13", "按进度推进", "0.8"))).isEqualTo("尚未完成");
        ItemScore missing = new ItemScore(ItemCode.of("Q02"), "制造业产品质量合格率", ItemType.INDICATOR, TargetKind.AT_LEAST, null, "", "≥95%",
                new BigDecimal("95"), null, BigDecimal.ZERO, BigDecimal.ONE, BigDecimal.ZERO, ScoreFlag.NOT_REPORTED, "", "", "");
        assertThat(ItemGap.of(PLAN, missing)).isEqualTo("未报送，按 0 分计");
    }

    @Test
    void itemsFurthestBehindComeFirst() {
        ItemScore near = indicator("Q02", TargetKind.AT_LEAST, "90", "95", null, "0.9474");
        ItemScore far = indicator("Q06", TargetKind.CUMULATIVE, "10", "43", "43", "0.2326");
        ItemScore middle = task("T13", "滞后", "0.4");

        assertThat(List.of(near, far, middle).stream().sorted(ItemGap.FURTHEST_BEHIND).map(i -> i.item().value()))
                .containsExactly("Q06", "T13", "Q02");
    }

    private static ItemScore indicator(String code, TargetKind kind, String value, String target, String expected, String completion) {
        return new ItemScore(ItemCode.of(code), code, ItemType.INDICATOR, kind, new BigDecimal(value), value, "≥" + target,
                new BigDecimal(target), expected == null ? null : new BigDecimal(expected), new BigDecimal(completion), BigDecimal.ONE,
                new BigDecimal(completion), ScoreFlag.NONE, "", "", "");
    }

    private static ItemScore task(String code, String status, String completion) {
        return new ItemScore(ItemCode.of(code), code, ItemType.TASK, TargetKind.MILESTONE, null, status, "配合", null, null,
                new BigDecimal(completion), BigDecimal.ONE, new BigDecimal(completion), ScoreFlag.NONE, "", "", "");
    }
}
