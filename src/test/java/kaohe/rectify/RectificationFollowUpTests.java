package kaohe.rectify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import kaohe.shared.Period;
import kaohe.shared.UnitCode;
import org.junit.jupiter.api.Test;

/** Where owed 整改 reports stand on a day, and the sentence the next 通报 gives them. */
class RectificationFollowUpTests {

    private static final Period Q3 = Period.of("2019Q3");
    private static final LocalDate DUE = LocalDate.of(2019, 11, 14);

    private static RectificationDue due(String unit, String name, String reason) {
        return new RectificationDue(Q3, 1, UnitCode.of(unit), name, reason, DUE);
    }

    /** Received at 10:00 Beijing time on the day. */
    private static RectificationReport report(String unit, LocalDate day) {
        return new RectificationReport(1, Q3, UnitCode.of(unit), "整改报告.pdf", "rectification/archive/x.pdf",
                day.atTime(10, 0).atZone(kaohe.plan.DeadlineRule.PLAN_TIME).toInstant());
    }

    @Test
    void eachOwedReportIsOnTimeLateWaitingOrOverdueAndTheNextBulletinSaysSoByName() {
        List<RectificationDue> due = List.of(due("330402", "南湖区", "本组末位"), due("CZJ", "市财政局", "不合格"),
                due("GZW", "市国资委", "一票否决"), due("SLJ", "市水利局", "本组末位"));
        List<RectificationReport> reports = List.of(report("330402", DUE), report("CZJ", DUE.plusDays(3)));

        RectificationFollowUp before = RectificationFollowUp.of(Q3, due, reports, DUE);
        assertThat(before.of(UnitCode.of("GZW")).orElseThrow().status()).isEqualTo(RectificationState.Status.WAITING);

        RectificationFollowUp after = RectificationFollowUp.of(Q3, due, reports, DUE.plusDays(5));
        assertThat(after.of(UnitCode.of("330402")).orElseThrow().text()).isEqualTo("已于 2019-11-14 报送（按期）");
        assertThat(after.of(UnitCode.of("CZJ")).orElseThrow().text()).isEqualTo("已于 2019-11-17 报送（逾期 3 天）");
        assertThat(after.of(UnitCode.of("GZW")).orElseThrow().text()).isEqualTo("逾期 5 天未报送（截止 2019-11-14）");
        assertThat(after.sentence()).contains("上期（2019年第三季度）通报要求4个单位报送整改报告：1个已按期报送，"
                + "1个逾期后报送（市财政局），2个逾期未报送（市国资委、市水利局）。");
    }

    @Test
    void aPeriodThatAskedNobodyGivesNoSentence() {
        assertThat(RectificationFollowUp.of(Q3, List.of(), List.of(), DUE).sentence()).isEmpty();
    }

    @Test
    void aReportGoesToTheEarliestPeriodStillOwedElseToTheLatestAsASupplement() {
        RectificationDue q2 = new RectificationDue(Period.of("2019Q2"), 1, UnitCode.of("CZJ"), "市财政局", "不合格", DUE.minusMonths(3));
        RectificationDue q3 = due("CZJ", "市财政局", "不合格");
        assertThat(RectificationIntake.owed(UnitCode.of("CZJ"), List.of(q2, q3), List.of())).contains(q2);
        RectificationReport sentForQ2 = new RectificationReport(1, q2.period(), q2.unit(), "a.pdf", "x", Instant.EPOCH);
        assertThat(RectificationIntake.owed(UnitCode.of("CZJ"), List.of(q2, q3), List.of(sentForQ2))).contains(q3);
        RectificationReport sentForQ3 = new RectificationReport(2, Q3, q3.unit(), "b.pdf", "y", Instant.EPOCH);
        assertThat(RectificationIntake.owed(UnitCode.of("CZJ"), List.of(q2, q3), List.of(sentForQ2, sentForQ3))).contains(q3);
        assertThat(RectificationIntake.owed(UnitCode.of("330402"), List.of(q2, q3), List.of())).isEmpty();
    }
}
