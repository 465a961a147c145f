package kaohe.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import kaohe.DatabaseSettings;
import kaohe.KaoheApplication;
import kaohe.StatementCount;
import kaohe.job.AssessLauncher;
import kaohe.plan.Plan;
import kaohe.plan.ShippedPlan;
import kaohe.shared.Period;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class AssessmentStoreTests {

    /** Reports and exports load every unit of a run; with 10,000 units a query per unit was 30,000 round trips. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("kaohe.TestDatabases#each")
    void aRunAndTheEarlierTotalsLoadInAFewQueriesWhateverTheNumberOfUnits(DatabaseSettings database, @TempDir Path home)
            throws Exception {
        try (var context = KaoheApplication.start(home, database, Map.of("kaohe.plan", ShippedPlan.FOLDER.toString()))) {
            Plan plan = context.getBean(Plan.class);
            AssessLauncher assess = context.getBean(AssessLauncher.class);
            assess.run(Period.of("2019Q1"), true);
            AssessLauncher.Result second = assess.run(Period.of("2019Q2"), true);
            List<UnitAssessment> expected = context.getBean(AssessmentStore.class).load(second.runId(), plan);
            StatementCount count = new StatementCount(context.getBean(DataSource.class));
            AssessmentStore store = new AssessmentStore(count.dataSource());

            List<UnitAssessment> loaded = store.load(second.runId(), plan);
            int forTheRun = count.prepared();
            count.reset();
            var earlier = store.earlierTotals(plan.id(), Period.of("2019Q2"));

            assertThat(loaded).hasSize(plan.units().size()).isEqualTo(expected);
            assertThat(loaded.get(0).items()).isNotEmpty();
            assertThat(forTheRun).as("queries for %d units", plan.units().size()).isLessThanOrEqualTo(3);
            assertThat(earlier).containsOnlyKeys(Period.of("2019Q1"));
            assertThat(earlier.get(Period.of("2019Q1"))).hasSize(plan.units().size());
            assertThat(count.prepared()).isEqualTo(1);
        }
    }
}
