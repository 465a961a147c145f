package kaohe.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import kaohe.plan.TargetKind;
import kaohe.score.ItemScore;
import kaohe.score.ScoreFlag;
import kaohe.shared.ItemCode;
import kaohe.shared.Period;
import kaohe.validate.ItemType;
import org.junit.jupiter.api.Test;

/** The words a unit report puts in its narrow cells: never blank, never a code where a person reads. */
class UnitReportTextTests {

    private static ItemScore item(ItemType type, TargetKind kind, BigDecimal expected) {
        return new ItemScore(ItemCode.of("Q02"), "制造业产品质量合格率", type, kind, new BigDecimal("80"), "80", "≥95%", new BigDecimal("95"),
                expected, new BigDecimal("0.84"), BigDecimal.valueOf(2), new BigDecimal("1.68"), ScoreFlag.NONE, "", "", "");
    }

    @Test
    void theExpectedColumnHoldsThe序时进度OrWhatTheQuarterIsHeldToInstead() {
        assertThat(UnitReport.expectedText(item(ItemType.INDICATOR, TargetKind.CUMULATIVE, new BigDecimal("7.5")))).isEqualTo("7.5");
        assertThat(UnitReport.expectedText(item(ItemType.INDICATOR, TargetKind.AT_LEAST, null))).isEqualTo("按年度目标");
        assertThat(UnitReport.expectedText(item(ItemType.TASK, TargetKind.MILESTONE, null))).isEqualTo("按进度推进");
    }

    @Test
    void aTaskStatusSaysWhatItCounts() {
        assertThat(UnitReport.milestonePoints("按进度推进")).isEqualTo("（计 80%）");
        assertThat(UnitReport.milestonePoints("滞后")).isEqualTo("（计 40%）");
        assertThat(UnitReport.milestonePoints("写错了")).isEmpty();
    }

    @Test
    void narrowHeadingsNameQuartersInWords() {
        assertThat(UnitReport.shortLabel(Period.of("2019Q1"))).isEqualTo("19年一季度");
        assertThat(Period.of("2019Q4").label()).isEqualTo("2019年第四季度");
    }
}
