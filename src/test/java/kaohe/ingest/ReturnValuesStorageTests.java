package kaohe.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import kaohe.DatabaseSettings;
import kaohe.plan.Plan;
import kaohe.plan.ShippedPlan;
import kaohe.shared.ItemCode;
import kaohe.shared.UnitCode;
import kaohe.validate.DecodedReturn;
import kaohe.validate.ReturnValue;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** A return's values go to the database in multi-row statements of a bounded size; every value arrives as it was read. */
class ReturnValuesStorageTests {

    private static final Plan PLAN = ShippedPlan.plan();

    @TempDir
    Path home;

    @ParameterizedTest(name = "{0}")
    @MethodSource("kaohe.TestDatabases#each")
    void aReturnWithMoreValuesThanOneStatementTakesIsStoredWhole(DatabaseSettings database) throws Exception {
        String unit = "JXW";
        Path file = FilledReturn.template(PLAN, unit, "2019Q2").everything().saveTo(IngestFixture.inbox(home, unit + "/" + unit + ".xlsx"));
        try (ConfigurableApplicationContext context = IngestFixture.start(home, database)) {
            IngestOutcome read = context.getBean(ReturnIngest.class).process(InboxFile.of(file, UnitCode.of(unit)));
            assertThat(read.status()).isEqualTo(ReturnStatus.ACCEPTED);
            // The plan's widest return has 80 items; copies under other codes make one past two full statements.
            List<ReturnValue> values = new ArrayList<>(read.decoded().values());
            for (int copy = 0; values.size() <= 2 * ReturnStore.VALUES.maxRows(); copy++) {
                for (ReturnValue v : read.decoded().values()) {
                    // Notes as long as they may be (2,000 characters), so the statements are as large as they get.
                    values.add(new ReturnValue(ItemCode.of("X" + copy + v.item().value()), v.type(), v.state(), v.value(), v.status(),
                            v.rawText(), "说明".repeat(1000), v.sheet(), v.cell(), v.numerator(), v.denominator()));
                }
            }
            DecodedReturn d = read.decoded();
            IngestOutcome wide = new IngestOutcome(read.file(), read.contentHash(), read.status(),
                    new DecodedReturn(d.planId(), d.planVersion(), d.unit(), d.period(), values, d.selfAssessments()),
                    read.findings(), null, read.staged());
            ReturnStore store = context.getBean(ReturnStore.class);
            long runId = store.startRun(false, Instant.now());

            long id = new TransactionTemplate(new DataSourceTransactionManager(context.getBean(DataSource.class)))
                    .execute(status -> store.save(runId, wide, "archive/wide.xlsx", Instant.now()));

            assertThat(values.size() % ReturnStore.VALUES.maxRows()).isNotZero();
            assertThat(store.values(id)).containsExactlyInAnyOrderElementsOf(values);
        }
    }
}
