package kaohe.ingest;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Which contents an inbox may have seen before, for one run: a first 64 bits of every stored content hash. A content
 * whose first bits are not among them was never stored, and needs no question to the database; one whose bits are
 * is looked up there. Nearly every file of a quarter is new, and asking for each was 3 % of a return's CPU.
 * <p>
 * The hashes are read once the run has asked often enough to repay reading them all: a run of a few files asks the
 * database per file, as before. A content stored during the run is noted when it is stored, before its transaction
 * commits; a note for a file rolled back only costs one question. Another machine storing the same content meanwhile
 * is caught by the database's unique key; the loser's content is noted, so judged again it is looked up.
 */
final class SeenHashes {

    /** Questions a run asks before it reads every hash instead. */
    static final int LOOKUPS_BEFORE_LOADING = 64;

    private final Supplier<List<String>> stored;
    private final AtomicInteger lookups = new AtomicInteger();
    private final Set<Long> noted = ConcurrentHashMap.newKeySet();
    private volatile long[] loaded;

    /** {@code stored}: every content hash the inbox's plan has stored, read when the run first needs them all. */
    SeenHashes(Supplier<List<String>> stored) {
        this.stored = stored;
    }

    /** False only when the content was certainly never stored. */
    boolean mayHaveSeen(String contentHash) {
        long[] known = loaded;
        if (known == null) {
            if (lookups.incrementAndGet() < LOOKUPS_BEFORE_LOADING) {
                return true;
            }
            known = load();
        }
        long prefix = prefix(contentHash);
        return noted.contains(prefix) || Arrays.binarySearch(known, prefix) >= 0;
    }

    /** A content being stored now, or that another worker or machine may have stored meanwhile. */
    void note(String contentHash) {
        noted.add(prefix(contentHash));
    }

    private synchronized long[] load() {
        if (loaded == null) {
            long[] prefixes = stored.get().stream().mapToLong(SeenHashes::prefix).toArray();
            Arrays.sort(prefixes);
            loaded = prefixes;
        }
        return loaded;
    }

    /** The first 16 hex digits of a SHA-256, as a number. */
    private static long prefix(String contentHash) {
        return Long.parseUnsignedLong(contentHash, 0, 16, 16);
    }
}
