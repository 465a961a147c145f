package kaohe.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import kaohe.shared.UnitCode;

/**
 * The inbox folder and its unit sub-folders. A snapshot lists the files ready to ingest, oldest first
 * so that a correction dropped after the original supersedes it; files still being written (modified
 * within the settle time) and office lock files are left for the next run.
 */
public final class Inbox {

    private final Path root;
    private final Duration settle;
    private final Clock clock;

    public Inbox(Path root, int settleSeconds, Clock clock) {
        this.root = root;
        this.settle = Duration.ofSeconds(settleSeconds);
        this.clock = clock;
    }

    public record Snapshot(List<InboxFile> ready, int deferred) {

        /** Whether a run would find anything: a poll of an empty inbox need not start one. */
        public boolean hasWork() {
            return !ready.isEmpty() || deferred > 0;
        }
    }

    public Snapshot snapshot() {
        List<InboxFile> ready = new ArrayList<>();
        int deferred = 0;
        Instant settledBefore = clock.instant().minus(settle);
        for (InboxFile file : files()) {
            if (file.modified().isAfter(settledBefore)) {
                deferred++;
            } else {
                ready.add(file);
            }
        }
        ready.sort(Comparator.comparing(InboxFile::modified).thenComparing(InboxFile::originalName));
        return new Snapshot(ready, deferred);
    }

    private List<InboxFile> files() {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        List<InboxFile> files = new ArrayList<>();
        try (Stream<Path> top = Files.list(root)) {
            for (Path entry : top.toList()) {
                if (Files.isDirectory(entry)) {
                    String folder = entry.getFileName().toString();
                    UnitCode unit = UnitCode.isValid(folder) ? UnitCode.of(folder) : null;
                    try (Stream<Path> inner = Files.list(entry)) {
                        inner.filter(Files::isRegularFile).filter(Inbox::isSubmission).forEach(p -> files.add(file(p, unit)));
                    }
                } else if (Files.isRegularFile(entry) && isSubmission(entry)) {
                    files.add(file(entry, null));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /**
     * The lock files Excel (~$) and LibreOffice (.~lock.) keep beside an open workbook, and the files
     * desktops drop in folders, are not submissions. Anything else is, even a name starting with a dot:
     * a submitter must get an answer for every file they dropped.
     */
    private static boolean isSubmission(Path path) {
        String name = path.getFileName().toString();
        return !name.startsWith("~$") && !name.startsWith(".~lock.") && !NOT_SUBMISSIONS.contains(name);
    }

    private static final java.util.Set<String> NOT_SUBMISSIONS = java.util.Set.of(".DS_Store", "Thumbs.db", "desktop.ini");

    private static InboxFile file(Path path, UnitCode folderUnit) {
        try {
            return new InboxFile(path, path.getFileName().toString(), folderUnit, Files.size(path),
                    Files.getLastModifiedTime(path).toInstant());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
