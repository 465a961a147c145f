package kaohe.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import kaohe.plan.Plan;
import kaohe.plan.PlanFolder;
import kaohe.plan.PlanLoader;
import kaohe.plan.ShippedPlan;
import kaohe.shared.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the reports take from the plan rather than from code: the headline categories and checklist criteria. */
class PlanDrivenReportTests {

    @TempDir
    Path temp;

    @Test
    void theLeadershipHeadlineIsThePlansHeadlineCategories() {
        PlanFolder folder = PlanFolder.copyOfShipped(temp);
        folder.replaceLine("plan.properties", "headline-categories=", "headline-categories=B");
        Plan plan = new PlanLoader().load(folder.dir()).plan();

        List<String> codes = headlineCodes(ReportSamples.period(plan, Period.of("2019Q2")));

        assertThat(codes).contains("B01", "B07").noneMatch(c -> c.startsWith("Q") || c.startsWith("E"));
        assertThat(headlineCodes(ReportSamples.period())).contains("Q02", "E01").noneMatch(c -> c.startsWith("B"));
    }

    @Test
    void checklistCriteriaAreMarkedAsNotCityPlanTargetsInTheUnitReport() {
        PeriodReportData data = ReportSamples.period(ShippedPlan.plan(), Period.of("2019Q2"));
        var ciq = data.units().stream().filter(u -> u.assessment().unit().code().value().equals("CIQ")).findFirst().orElseThrow();

        List<ReportRow> rows = UnitReport.build(data, ciq).rows();

        assertThat(rows).filteredOn(r -> r.c1().equals("D02")).first()
                .satisfies(r -> assertThat(r.c2()).endsWith("〔示范城市指标〕"));
        assertThat(rows).filteredOn(r -> r.section().equals("4") && r.c1().equals("示范城市指标")).singleElement()
                .satisfies(r -> assertThat(r.c2()).contains("不是本计划自己提出的目标"));
        assertThat(rows).filteredOn(r -> r.c1().equals("T01")).first()
                .satisfies(r -> assertThat(r.c2()).doesNotContain("示范城市评价指标"));
    }

    private static List<String> headlineCodes(PeriodReportData data) {
        return LeadershipReport.build(data).rows().stream().filter(r -> r.section().equals("2")).map(ReportRow::c1)
                .filter(c -> !c.isEmpty()).toList();
    }
}
