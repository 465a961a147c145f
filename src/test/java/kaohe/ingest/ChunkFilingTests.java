package kaohe.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import kaohe.DatabaseSettings;
import kaohe.StatementCount;
import kaohe.plan.Plan;
import kaohe.plan.ShippedPlan;
import kaohe.shared.UnitCode;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A chunk's files filed together under one savepoint, with their values, findings and events in a few statements for the
 * whole chunk; a chunk in which one fails goes back to that savepoint and is filed again one file at a time.
 */
class ChunkFilingTests {

    private static final Plan PLAN = ShippedPlan.plan();
    private static final String P = "2019Q2";
    private static final List<String> UNITS = List.of("330402", "330411", "330421", "330424", "330481", "330482");

    @TempDir
    Path home;

    @ParameterizedTest(name = "{0}")
    @MethodSource("kaohe.TestDatabases#each")
    void aChunkOfCleanFilesIsFiledUnderOneSavepointWithItsRowsInAFewStatements(DatabaseSettings database) throws Exception {
        for (String unit : UNITS) {
            FilledReturn.template(PLAN, unit, P).everything().saveTo(IngestFixture.inbox(home, unit + "/" + unit + ".xlsx"));
        }
        try (ConfigurableApplicationContext context = IngestFixture.start(home, database)) {
            Filing filing = new Filing(context);
            List<IngestOutcome> outcomes = filing.judgeAll();
            int values = outcomes.stream().mapToInt(o -> o.decoded().values().size()).sum();

            Map<IngestOutcome, RuntimeException> failed = filing.inTransaction(() -> filing.filer.fileChunk(filing.runId, "test", false, outcomes));

            assertThat(failed).isEmpty();
            assertThat(filing.counted.savepoints()).as("the chunk's savepoint").isEqualTo(1);
            // A row per file; then for the whole chunk its values (100 to a statement), self-assessments, findings and
            // events; and the worker's tally (an update, and an insert the first time). Filed one by one, it was four a file.
            assertThat(filing.counted.prepared()).as("statements for %d files and %d values", UNITS.size(), values)
                    .isLessThanOrEqualTo(UNITS.size() + (values + 99) / 100 + 3 + 2);
            JdbcClient jdbc = JdbcClient.create(context.getBean(DataSource.class));
            assertThat(jdbc.sql("SELECT COUNT(*) FROM return_value").query(Integer.class).single()).isEqualTo(values);
            assertThat(jdbc.sql("SELECT COUNT(DISTINCT return_id) FROM audit_event WHERE event = 'ACCEPTED'").query(Integer.class).single())
                    .isEqualTo(UNITS.size());
            assertThat(IngestFixture.files(home.resolve("inbox"))).as("every file answered once the chunk committed").isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kaohe.TestDatabases#each")
    void aChunkInWhichOneFileFailsIsRolledBackAndFiledAgainOneFileAtATime(DatabaseSettings database) throws Exception {
        for (String unit : UNITS) {
            FilledReturn.template(PLAN, unit, P).everything().saveTo(IngestFixture.inbox(home, unit + "/" + unit + ".xlsx"));
        }
        // The fourth unit's archive folder cannot be made: a plain file stands where it should be.
        String broken = UNITS.get(3);
        Path blocker = home.resolve("archive").resolve(P).resolve(broken);
        Files.createDirectories(blocker.getParent());
        Files.writeString(blocker, "not a folder");
        try (ConfigurableApplicationContext context = IngestFixture.start(home, database)) {
            Filing filing = new Filing(context);
            List<IngestOutcome> outcomes = filing.judgeAll();
            JdbcClient jdbc = JdbcClient.create(context.getBean(DataSource.class));

            Map<IngestOutcome, RuntimeException> failed = filing.inTransaction(() -> filing.filer.fileChunk(filing.runId, "test", false, outcomes));

            assertThat(failed.keySet()).extracting(o -> o.file().folderUnit().value()).containsExactly(broken);
            assertThat(filing.counted.savepoints()).as("the chunk's, then one for each file").isEqualTo(1 + UNITS.size());
            List<String> stored = UNITS.stream().filter(u -> !u.equals(broken)).toList();
            assertThat(jdbc.sql("SELECT unit_code FROM return_file ORDER BY unit_code").query(String.class).list())
                    .as("each other file once").containsExactlyElementsOf(stored);
            assertThat(jdbc.sql("SELECT r.unit_code FROM return_value v JOIN return_file r ON r.id = v.return_id GROUP BY r.unit_code "
                    + "ORDER BY r.unit_code").query(String.class).list()).containsExactlyElementsOf(stored);
            assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE event = 'RECEIVED'").query(Integer.class).single()).isEqualTo(stored.size());
            List<Path> archived = filesIn(home.resolve("archive"));
            assertThat(archived).hasSize(stored.size() + 1).contains(blocker);
            assertThat(IngestFixture.files(home.resolve("inbox"))).as("only the failed file waits")
                    .containsExactly(home.resolve("inbox").resolve(broken).resolve(broken + ".xlsx"));
        }
    }

    /**
     * A return whose values the database refuses is rolled back with its chunk's first pass and again alone; the run's
     * peer numbers (V205) then hold the five stored returns, not the refused one.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("kaohe.TestDatabases#each")
    void aReturnRolledBackIsNotAmongThePeersTheRunComparesWith(DatabaseSettings database) throws Exception {
        String refused = UNITS.get(1);
        for (String unit : UNITS) {
            FilledReturn.template(PLAN, unit, P).everything().value("Q02", unit.equals(refused) ? 43.21 : 91)
                    .saveTo(IngestFixture.inbox(home, unit + "/" + unit + ".xlsx"));
        }
        try (ConfigurableApplicationContext context = IngestFixture.start(home, database)) {
            Filing filing = new Filing(context);
            List<IngestOutcome> outcomes = filing.judgeAll();
            JdbcClient.create(context.getBean(DataSource.class))
                    .sql("ALTER TABLE return_value ADD CONSTRAINT test_refuses_43_21 CHECK (value_number IS NULL OR value_number <> 43.21)")
                    .update();
            kaohe.plan.PeerGroup counties = PLAN.unit(UnitCode.of(refused)).orElseThrow().peerGroup();
            UnitCode outsider = PLAN.unitsOf(counties).stream().filter(u -> !UNITS.contains(u.value())).findFirst().orElseThrow();
            assertThat(filing.store.peers(PLAN.id(), kaohe.shared.Period.of(P), counties, PLAN.unitsOf(counties), outsider).units())
                    .as("peers before the chunk").isZero();

            Map<IngestOutcome, RuntimeException> failed = filing.inTransaction(() -> filing.filer.fileChunk(filing.runId, "test", false, outcomes));

            assertThat(failed.keySet()).extracting(o -> o.file().folderUnit().value()).containsExactly(refused);
            kaohe.validate.PeerValues peers = filing.store.peers(PLAN.id(), kaohe.shared.Period.of(P), counties, PLAN.unitsOf(counties), outsider);
            assertThat(peers.units()).isEqualTo(UNITS.size() - 1);
            assertThat(peers.sortedWith(kaohe.shared.ItemCode.of("Q02"), new java.math.BigDecimal("91")))
                    .as("Q02 of the stored five and the one compared").hasSize(UNITS.size()).doesNotContain(new java.math.BigDecimal("43.21"));
        }
    }

    private static List<Path> filesIn(Path folder) throws java.io.IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (var files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    /** A filer and its store over a data source that counts statements and savepoints, in the context's database. */
    private final class Filing {
        final StatementCount counted;
        final ReturnFiler filer;
        final ReturnStore store;
        final long runId;
        private final ConfigurableApplicationContext context;
        private final TransactionTemplate transaction;

        Filing(ConfigurableApplicationContext context) {
            this.context = context;
            this.counted = new StatementCount(context.getBean(DataSource.class));
            DataSource dataSource = counted.dataSource();
            Clock clock = context.getBean(Clock.class);
            this.store = new ReturnStore(dataSource,
                    new kaohe.audit.AuditTrail(dataSource, context.getBean(kaohe.KaoheProperties.class), clock), PLAN);
            IngestRuns runs = context.getBean(IngestRuns.class);
            ReturnIngest ingest = context.getBean(ReturnIngest.class);
            this.filer = new ReturnFiler(home, store, runs, clock, PLAN, ingest::again, dataSource);
            this.runId = store.startRun(false, Instant.now());
            runs.open(runId, context.getBean(Inbox.class).snapshot());
            this.transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        }

        List<IngestOutcome> judgeAll() throws java.io.IOException {
            List<IngestOutcome> outcomes = new ArrayList<>();
            ReturnIngest ingest = context.getBean(ReturnIngest.class);
            for (String unit : UNITS) {
                outcomes.add(ingest.process(InboxFile.of(home.resolve("inbox").resolve(unit).resolve(unit + ".xlsx"), UnitCode.of(unit))));
            }
            assertThat(outcomes).allMatch(o -> o.status() == ReturnStatus.ACCEPTED);
            counted.reset();
            return outcomes;
        }

        <T> T inTransaction(java.util.function.Supplier<T> work) {
            counted.reset();
            return transaction.execute(status -> work.get());
        }
    }
}
