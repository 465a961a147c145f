package kaohe.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import kaohe.shared.Sha256;
import org.junit.jupiter.api.Test;

class SeenHashesTests {

    private static final String STORED = Sha256.of("a return stored last quarter");
    private static final String NEW = Sha256.of("a return never sent before");

    private final AtomicInteger reads = new AtomicInteger();
    private final SeenHashes seen = new SeenHashes(() -> {
        reads.incrementAndGet();
        return List.of(STORED);
    });

    @Test
    void aRunOfAFewFilesAsksTheDatabaseForEachAndNeverReadsEveryHash() {
        for (int i = 1; i < SeenHashes.LOOKUPS_BEFORE_LOADING; i++) {
            assertThat(seen.mayHaveSeen(NEW)).as("question %d goes to the database", i).isTrue();
        }
        assertThat(reads).hasValue(0);
    }

    @Test
    void onceARunHasAskedOftenANewContentIsKnownNewAndAStoredOneIsLookedUp() {
        for (int i = 1; i < SeenHashes.LOOKUPS_BEFORE_LOADING; i++) {
            seen.mayHaveSeen(NEW);
        }

        assertThat(seen.mayHaveSeen(NEW)).isFalse();
        assertThat(seen.mayHaveSeen(STORED)).isTrue();
        assertThat(seen.mayHaveSeen(NEW)).isFalse();
        assertThat(reads).as("every hash read once per run").hasValue(1);
    }

    @Test
    void aContentStoredDuringTheRunIsLookedUpWhenItComesAgain() {
        seen.note(NEW);
        for (int i = 0; i < 2 * SeenHashes.LOOKUPS_BEFORE_LOADING; i++) {
            assertThat(seen.mayHaveSeen(NEW)).isTrue();
        }
        String later = Sha256.of("stored by another machine during the run");
        assertThat(seen.mayHaveSeen(later)).isFalse();
        seen.note(later);
        assertThat(seen.mayHaveSeen(later)).isTrue();
    }
}
