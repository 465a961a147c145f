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

        long waiting = PROVINCE.indicators().stream().filter(i -> PROVINCE.targetFor(i, kaohe.shared.UnitCode.of("330100"), 2019)
                .map(kaohe.plan.YearTarget::pending).orElse(false)).count();
        assertThat(hangzhou).startsWith("本单位目标尚待考核办填写的指标：“培育省政府质量奖企业”")
                .contains("“‘品’字标‘浙江制造’认证企业”").contains("等" + waiting + "项").endsWith("填写前这些指标暂不考核，不计入总分。")
                .doesNotContainPattern("[A-Z]\\d{2}");
        assertThat(jiaxing).as("嘉兴's own targets are given but for two 000 does not state")
                .anyMatch(n -> n[0].equals("目标分解") && n[1].equals("本单位目标尚待考核办填写的指标：“培育省政府质量奖企业”“当年新增危险废物利用处置能力”。"
                        + "填写前这些指标暂不考核，不计入总分。"));
    }

    @Test
    void aUnitThatMissedAnAspirationIsToldItCostNothingAndWhichItemItWas(@org.junit.jupiter.api.io.TempDir Path temp) {
        kaohe.plan.PlanFolder folder = kaohe.plan.PlanFolder.copyOfShipped(temp);
        folder.replaceLine("targets.csv", "code,", "code,year,target,target_max,source,wording,tolerance");
        folder.replaceLine("targets.csv", "Q02,2019,", "Q02,2019,95,,000_4953c69a70887cfe.txt 一、总体要求 质量总体水平,争取,");
        Plan plan = new PlanLoader().load(folder.dir()).plan();
        var scorer = new kaohe.score.UnitScorer(plan, new kaohe.score.InMemoryReturns().put("330402", "2019Q4", "Q02", "90"),
                kaohe.score.ReferenceValues.none());
        PeriodReportData data = new PeriodReportData(plan, Period.of("2019Q4"), kaohe.score.Ranking.rank(plan.units().stream()
                .map(u -> scorer.assess(u, Period.of("2019Q4"))).toList()), java.util.Map.of(), List.of(), List.of(), List.of());

        assertThat(notesOf(data, "330402")).anyMatch(n -> n[0].equals("争取目标")
                && n[1].equals("未达到的争取目标：“制造业产品质量合格率”。争取目标达到的计满分，未达到的不扣分，不计入总分。"));
        assertThat(notesOf(data, "330411")).as("nothing sent, nothing missed as an aspiration").noneMatch(n -> n[0].equals("争取目标"));
    }
}
