package kaohe.ingest;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What one ingest run took and what became of each file, so that its summary can account for every
 * file still in the inbox when it ends: the run's one snapshot of the inbox, handed out to the
 * partitions, and which files were answered, failed technically, changed under it or were quarantined.
 */
public final class RunLedger {

    private final Inbox.Snapshot snapshot;
    private final Set<Path> answered = ConcurrentHashMap.newKeySet();
    private final Set<Path> failed = ConcurrentHashMap.newKeySet();
    private final Set<Path> changed = ConcurrentHashMap.newKeySet();
    private final Set<Path> settled = ConcurrentHashMap.newKeySet();
    private final AtomicInteger quarantined = new AtomicInteger();
    private final Map<String, List<InboxFile>> partitions = new ConcurrentHashMap<>();

    private static final String PARTITION = "partition";

    public RunLedger(Inbox.Snapshot snapshot) {
        this.snapshot = snapshot;
    }

    public Inbox.Snapshot snapshot() {
        return snapshot;
    }

    private volatile kaohe.shared.Progress progress = kaohe.shared.Progress.NONE;

    /** Steps {@code progress} once for each file of the run that gets its answer, fails or is left as changed. */
    public void showProgressOn(kaohe.shared.Progress progress) {
        this.progress = progress;
    }

    public void answered(Path file) {
        if (answered.add(file)) {
            progress.step();
        }
    }

    /**
     * True the first time a committed filing of {@code file} settles it (deletes it from the inbox): Spring
     * Batch retries a write inside its chunk's transaction, so one commit can complete the same filing twice.
     */
    public boolean settleOnce(Path file) {
        return settled.add(file);
    }

    public void failed(Path file) {
        if (failed.add(file)) {
            progress.step();
        }
    }

    public void changed(Path file) {
        if (changed.add(file)) {
            progress.step();
        }
    }

    public void quarantined(Path file) {
        failed.remove(file);
        quarantined.incrementAndGet();
    }

    public int quarantined() {
        return quarantined.get();
    }

    /**
     * Why each file the inbox holds after the run is still there, counted by reason. {@code after} is
     * a snapshot taken when the run has ended; its every entry gets exactly one reason.
     */
    public Map<LeftReason, Integer> census(Inbox.Snapshot after) {
        Map<LeftReason, Integer> counts = new EnumMap<>(LeftReason.class);
        Set<Path> inSnapshot = ConcurrentHashMap.newKeySet();
        snapshot.ready().forEach(f -> inSnapshot.add(f.path()));
        for (InboxFile file : after.ready()) {
            LeftReason reason = reasonFor(file.path(), inSnapshot);
            if (reason != null) {
                counts.merge(reason, 1, Integer::sum);
            }
        }
        for (Inbox.Left left : after.left()) {
            counts.merge(left.reason(), 1, Integer::sum);
        }
        return counts;
    }

    /** Null for a file this run answered and left in place on purpose (a dry run). */
    private LeftReason reasonFor(Path file, Set<Path> inSnapshot) {
        if (changed.contains(file)) {
            return LeftReason.CHANGED;
        }
        if (failed.contains(file)) {
            return LeftReason.FAILED;
        }
        if (answered.contains(file)) {
            return null;
        }
        return inSnapshot.contains(file) ? LeftReason.STOPPED : LeftReason.SETTLING;
    }

    /**
     * Deals the snapshot out to {@code count} partitions, named {@code partition0…}: whole unit folders, the
     * inbox's top level one share, each in the snapshot's order (oldest first). The job's manager step deals
     * once; each worker then asks for its partition's files by name.
     */
    public Map<String, List<InboxFile>> partitions(int count) {
        Map<String, List<InboxFile>> dealt = new java.util.LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            dealt.put(PARTITION + i, new java.util.ArrayList<>());
        }
        snapshot.ready().forEach(file -> dealt.get(PARTITION + partitionOf(file, count)).add(file));
        dealt.replaceAll((name, files) -> List.copyOf(files));
        partitions.clear();
        partitions.putAll(dealt);
        return dealt;
    }

    /** The files {@link #partitions} dealt to the named partition. */
    public List<InboxFile> filesOf(String partition) {
        List<InboxFile> files = partitions.get(partition);
        if (files == null) {
            throw new IllegalStateException("no inbox files were dealt to " + partition);
        }
        return files;
    }

    static int partitionOf(InboxFile file, int count) {
        String folder = file.folderUnit() == null ? "" : file.folderUnit().value();
        return Math.floorMod(folder.hashCode(), count);
    }
}
