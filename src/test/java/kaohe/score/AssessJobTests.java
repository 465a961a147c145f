package kaohe.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kaohe.DatabaseSettings;
import kaohe.KaoheApplication;
import kaohe.TestDatabases;
import kaohe.ingest.FilledReturn;
import kaohe.job.AssessLauncher;
import kaohe.job.IngestLauncher;
import kaohe.plan.Plan;
import kaohe.plan.ShippedPlan;
import kaohe.report.ScoresCsv;
import kaohe.report.TotalsCsv;
import kaohe.shared.Period;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/** assess through Spring Batch: the INTERFACE files, identical on every database and on every re-run. */
class AssessJobTests {

    private static final Plan PLAN = ShippedPlan.plan();

    @TempDir
    Path temp;

    @AfterAll
    static void dropTestDatabases() {
        TestDatabases.dropCreated();
    }

    @Test
    void sameReturnsGiveByteIdenticalFilesOnEveryDatabaseAndEveryRerun() throws Exception {
        List<Map<String, String>> outputs = new ArrayList<>();
        for (Named<DatabaseSettings> database : TestDatabases.all(temp.resolve("db"))) {
            Path home = temp.resolve(database.getName().replace(' ', '-'));
            FilledReturn.template(PLAN, "330402", "2019Q2").everything().value("Q02", 93).status("T13", "滞后")
                    .saveTo(home.resolve("inbox/南湖区.xlsx"));
            FilledReturn.template(PLAN, "ZJJ", "2019Q2").everything().value("Q05", 2).saveTo(home.resolve("inbox/市质监局.xlsx"));
            FilledReturn.template(PLAN, "330411", "2019Q2").everything().text("Q02", "九十").saveTo(home.resolve("inbox/秀洲区.xlsx"));
            try (ConfigurableApplicationContext context = KaoheApplication.start(home, database.getPayload(),
                    Map.of("kaohe.plan", ShippedPlan.FOLDER.toString(), "kaohe.ingest.settle-seconds", 0))) {
                context.getBean(IngestLauncher.class).run(false);
                AssessLauncher assess = context.getBean(AssessLauncher.class);

                AssessLauncher.Result first = assess.run(Period.of("2019Q2"));
                Map<String, String> firstFiles = files(first.outbox());
                AssessLauncher.Result second = assess.run(Period.of("2019Q2"));

                assertThat(second.runId()).isNotEqualTo(first.runId());
                assertThat(files(second.outbox())).as("a re-run writes the same bytes").isEqualTo(firstFiles);
                assertThat(first.units()).hasSize(PLAN.units().size());
                assertThat(first.reports().unitPdfs()).as("the run says what its reports took").isEqualTo(PLAN.units().size());
                assertThat(first.reports().workbookRows()).isGreaterThan(PLAN.units().size());
                outputs.add(firstFiles);
            }
        }
        assertThat(outputs).allSatisfy(files -> assertThat(files).isEqualTo(outputs.get(0)));
        String totals = outputs.get(0).get("totals.csv");
        assertThat(totals.lines().findFirst()).hasValue("\uFEFF" + String.join(",", TotalsCsv.COLUMNS));
        assertThat(totals).contains("\r\n330402,南湖区,county,").contains("\r\n330411,秀洲区,county,0.00,不合格,");
        String scores = outputs.get(0).get("scores.csv");
        assertThat(scores.lines().findFirst()).hasValue("\uFEFF" + String.join(",", ScoresCsv.COLUMNS));
        assertThat(scores).contains("330402,南湖区,county,Q02,indicator,AT_LEAST,93,95,,0.9789,2,1.96,amber,late,南湖区.xlsx,指标!E6")
                .contains("330411,秀洲区,county,Q02,indicator,AT_LEAST,,,,0.0000,2,0.00,red,rejected,,")
                .contains("ZJJ,市质监局,bureau,Q05,indicator,AT_LEAST,2,4,3.7500,0.5333,1,0.53,red,late,市质监局.xlsx,指标!E7")
                .contains("330402,南湖区,county,Q01,indicator,AT_LEAST,,,,,2,,,not_due,,");
    }

    /** The files' exact contents; bytes decoded as UTF-8 compare by content, which arrays in a map do not. */
    private static Map<String, String> files(Path outbox) throws Exception {
        return Map.of("scores.csv", Files.readString(outbox.resolve("scores.csv"), StandardCharsets.UTF_8),
                "totals.csv", Files.readString(outbox.resolve("totals.csv"), StandardCharsets.UTF_8));
    }
}
