package kaohe.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import kaohe.DatabaseSettings;
import kaohe.plan.Plan;
import kaohe.plan.ShippedPlan;
import kaohe.shared.Period;
import kaohe.shared.UnitCode;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Two ingest workers store different units' returns in transactions that overlap, as they do on every run. */
class ConcurrentFilingTests {

    private static final Plan PLAN = ShippedPlan.plan();
    private static final String P = "2019Q2";

    @TempDir
    Path home;

    /**
     * The order that deadlocked on MySQL's default isolation: a worker stores unit A, the other starts storing
     * unit B, the first then stores unit C. Looking for a unit's earlier return (to supersede it) had locked the
     * empty range of the index where the next unit's row goes, so each worker waited for the other.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("kaohe.TestDatabases#each")
    void workersStoringDifferentUnitsDoNotLockEachOtherOut(DatabaseSettings database) throws Exception {
        List<String> units = PLAN.units().stream().map(u -> u.code().value()).sorted().limit(3).toList();
        for (String unit : units) {
            FilledReturn.template(PLAN, unit, P).everything().saveTo(IngestFixture.inbox(home, unit + "/" + unit + ".xlsx"));
        }
        try (ConfigurableApplicationContext context = IngestFixture.start(home, database)) {
            ReturnIngest ingest = context.getBean(ReturnIngest.class);
            ReturnStore store = context.getBean(ReturnStore.class);
            List<IngestOutcome> outcomes = new java.util.ArrayList<>();
            for (String unit : units) {
                Path file = home.resolve("inbox").resolve(unit).resolve(unit + ".xlsx");
                outcomes.add(ingest.process(InboxFile.of(file, UnitCode.of(unit))));
            }
            assertThat(outcomes).allMatch(o -> o.status() == ReturnStatus.ACCEPTED);
            long runId = store.startRun(false, Instant.now());
            TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(context.getBean(DataSource.class)));
            CountDownLatch firstStored = new CountDownLatch(1);
            CountDownLatch secondStarted = new CountDownLatch(1);

            CompletableFuture<Void> first = CompletableFuture.runAsync(() -> transaction.executeWithoutResult(status -> {
                store.save(runId, outcomes.get(0), "a", Instant.now());
                firstStored.countDown();
                await(secondStarted);
                // Give the second worker's insert time to reach the lock it would wait for.
                sleep(500);
                store.save(runId, outcomes.get(2), "c", Instant.now());
            }));
            CompletableFuture<Void> second = CompletableFuture.runAsync(() -> transaction.executeWithoutResult(status -> {
                await(firstStored);
                secondStarted.countDown();
                store.save(runId, outcomes.get(1), "b", Instant.now());
            }));

            CompletableFuture.allOf(first, second).get(60, TimeUnit.SECONDS);
            for (String unit : units) {
                assertThat(store.current(PLAN.id(), UnitCode.of(unit), Period.of(P))).as(unit).isPresent();
            }
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
