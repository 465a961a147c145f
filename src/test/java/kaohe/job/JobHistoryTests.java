package kaohe.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import kaohe.DatabaseSettings;
import kaohe.KaoheApplication;
import kaohe.plan.ShippedPlan;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class JobHistoryTests {

    @ParameterizedTest(name = "{0}")
    @MethodSource("kaohe.TestDatabases#each")
    void recentRunsAreTheNewestFirstEachWithItsOwnParametersAndNoMoreThanAsked(DatabaseSettings database, @TempDir Path home) throws Exception {
        try (var context = KaoheApplication.start(home, database, Map.of("kaohe.plan", ShippedPlan.FOLDER.toString(),
                "kaohe.ingest.settle-seconds", 0))) {
            IngestLauncher ingest = context.getBean(IngestLauncher.class);
            ingest.run(false);
            ingest.run(true);
            ingest.run(false);

            List<JobHistory.Run> recent = context.getBean(JobHistory.class).recent(2);

            assertThat(recent).hasSize(2);
            assertThat(recent.get(0).id()).isGreaterThan(recent.get(1).id());
            assertThat(recent.get(0).parameters()).contains("dry-run=false");
            assertThat(recent.get(1).parameters()).contains("dry-run=true");
            assertThat(recent).allMatch(r -> r.job().equals("ingest-returns") && r.status().equals("COMPLETED"));
            assertThat(context.getBean(JobHistory.class).recent(10)).hasSize(3);
        }
    }
}
