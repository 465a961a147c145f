package kaohe.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import kaohe.ingest.IngestOutcome;
import kaohe.ingest.ReturnStatus;
import kaohe.plan.Plan;
import kaohe.plan.PlanLoad;
import kaohe.plan.PlanLoader;
import kaohe.plan.ReportingUnit;
import kaohe.shared.Period;
import kaohe.validate.FindingCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's generator writes plans the product accepts and returns it judges as intended. */
class SyntheticQuarterTests {

    @TempDir
    Path temp;

    @Test
    void syntheticPlanOfAnySizePassesPlanCheckWithEveryUnitOwingEveryItem() throws Exception {
        Path dir = new SyntheticPlan("bench-test", 37, 9, 3).write(temp);

        PlanLoad load = new PlanLoader().load(dir);

        assertThat(load.problems()).isEmpty();
        Plan plan = load.plan();
        assertThat(plan.units()).hasSize(37);
        ReportingUnit last = plan.units().get(36);
        assertThat(plan.indicatorsReportedBy(last.code()).count()).isEqualTo(9);
        assertThat(plan.tasksReportedBy(last.code()).count()).isEqualTo(3);
        assertThat(plan.weightOf(last.code())).isEqualByComparingTo("12");
    }

    @Test
    void syntheticReturnsMixFormatsAndMistakesAndIngestAsIntended() throws Exception {
        Plan plan = new PlanLoader().load(new SyntheticPlan("bench-test", 20, 8, 2).write(temp.resolve("plans"))).plan();

        List<SyntheticReturns.Generated> generated = new SyntheticReturns(plan, kaohe.ingest.FilledReturn.SEAL, Period.of("2019Q2")).write(temp.resolve("staging"));

        assertThat(generated).hasSize(20);
        assertThat(generated).filteredOn(g -> g.kind() == SyntheticReturns.Kind.XLS).hasSize(4);
        assertThat(generated).filteredOn(SyntheticReturns.Generated::bad).hasSize(2);
        assertThat(generated).filteredOn(g -> g.file().getFileName().toString().endsWith(".xls"))
                .allMatch(g -> g.kind() == SyntheticReturns.Kind.XLS);
        for (SyntheticReturns.Generated g : generated) {
            IngestOutcome outcome = judge(plan, g.file());
            assertThat(outcome.status()).as(g.file().getFileName() + " " + outcome.findings())
                    .isEqualTo(g.bad() ? ReturnStatus.REJECTED : ReturnStatus.ACCEPTED);
            if (g.bad()) {
                assertThat(outcome.findings()).extracting(f -> f.code())
                        .containsAnyOf(FindingCode.F001, FindingCode.C101, FindingCode.C107);
            }
        }
    }

    private static IngestOutcome judge(Plan plan, Path file) throws Exception {
        var inboxFile = kaohe.ingest.InboxFile.of(file, null);
        return new kaohe.ingest.ReturnIngest(plan, kaohe.ingest.IngestLimits.defaults(),
                new kaohe.ingest.TemplateTrust(kaohe.ingest.FilledReturn.SEAL, true), kaohe.ingest.StagingArea.temporary(),
                hash -> java.util.Optional.empty(), kaohe.validate.PreviousReturns.NONE).process(inboxFile);
    }

    @Test
    void floorCountsEveryCellOfTheWorkbook() throws Exception {
        Plan plan = new PlanLoader().load(new SyntheticPlan("bench-test", 1, 30, 0).write(temp.resolve("plans"))).plan();
        Path file = new SyntheticReturns(plan, kaohe.ingest.FilledReturn.SEAL, Period.of("2019Q2")).write(temp.resolve("staging")).get(0).file();

        int cells = new XlsxFloor().read(file);

        // 30 indicator rows of six columns each, plus headers, cover, instructions and metadata.
        assertThat(cells).isGreaterThan(30 * 6);
    }
}
