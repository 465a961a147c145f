package kaohe.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import kaohe.plan.Plan;
import kaohe.plan.PlanLoader;
import kaohe.score.RankedUnit;
import kaohe.shared.Period;
import org.junit.jupiter.api.Test;

/** A unit report says which of its items wait for something the office has to supply, by name. */
class QualityNotesTests {

    private static final Plan PROVINCE = new PlanLoader().load(Path.of("data/plans/zhejiang-2017-2019")).plan();

    private static List<String[]> notesOf(PeriodReportData data, String unit) {
        RankedUnit ranked = data.units().stream().filter(u -> u.assessment().unit().code().value().equals(unit)).findFirst().orElseThrow();
        return QualityNotes.of(data, ranked.assessment());
    }

    @Test
    void aCityWhoseOwnTargetsAreStillToFillIsToldWhichItemsWaitForThem() {
        PeriodReportData data = ReportSamples.period(PROVINCE, Period.of("2019Q4"));

        String hangzhou = notesOf(data, "330100").stream().filter(n -> n[0].equals("目标分解")).map(n -> n[1]).findFirst().orElseThrow();
        List<String[]> jiaxing = notesOf(data, "330400");

        assertThat(hangzhou).startsWith("本单位目标尚待考核办填写的指标：“地表水省控断面Ⅰ—Ⅲ类水质比例”")
                .contains("“设区城市细颗粒物（PM2.5）平均浓度”").endsWith("填写前这些指标暂不考核，不计入总分。")
                .doesNotContainPattern("[A-Z]\\d{2}");
        assertThat(jiaxing).as("嘉兴's own targets are all given").noneMatch(n -> n[0].equals("目标分解"));
    }
}
