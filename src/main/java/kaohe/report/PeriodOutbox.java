package kaohe.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongPredicate;
import java.util.stream.Stream;

/**
 * A period's assessment outputs appear together or not at all. They are written into a staging folder
 * beside the outbox ({@code outbox/.P.staging/}); when all are there, a list of them is written, naming the
 * run that wrote them, and once that run is recorded as finished in the database (the commit point) they are
 * moved into {@code outbox/P/}, replacing the previous run's, and unit reports the new run did not write are
 * removed. A run killed before its commit point leaves the previous outputs untouched and its staging is
 * discarded; one killed after it is completed by whatever next takes the period (assess, publish, reopen,
 * status), so the outbox never keeps a mix of two runs for longer than that. Leftover temporary files are
 * cleared, except under {@code published/}, which nothing writes again.
 */
final class PeriodOutbox {

    static final String COMPLETE = ".complete";
    /** Beside the list: the run whose outputs the staging holds. */
    static final String RUN = ".run";

    private final Path outbox;
    private final Path staging;

    PeriodOutbox(Path outbox) {
        this.outbox = outbox;
        this.staging = outbox.resolveSibling("." + outbox.getFileName() + ".staging");
    }

    /** Finishes or discards what an earlier run left, and returns an empty staging folder to write into. */
    Path begin() {
        return begin(run -> true);
    }

    /** As {@link #begin()}, completing a killed run's outputs only when {@code finished} says its run was recorded finished. */
    Path begin(LongPredicate finished) {
        recover(finished);
        try {
            Files.createDirectories(staging);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return staging;
    }

    /** Moves every staged output into the outbox. */
    void publish() {
        seal(0);
        recover(run -> true);
    }

    /** Lists the staged outputs as run {@code runId}'s, all written; they move once the run is recorded finished. */
    void seal(long runId) {
        try {
            List<String> files = relativeFiles(staging);
            Files.writeString(staging.resolve(RUN), Long.toString(runId), StandardCharsets.UTF_8);
            Path list = staging.resolve(COMPLETE + ".tmp");
            Files.write(list, files, StandardCharsets.UTF_8);
            Files.move(list, staging.resolve(COMPLETE), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What a killed run left: completed if it had reached its commit point, discarded otherwise. */
    void recover() {
        recover(run -> true);
    }

    /** As {@link #recover()}: a staging whose run {@code finished} does not confirm is discarded. */
    void recover(LongPredicate finished) {
        try {
            if (Files.exists(staging.resolve(COMPLETE)) && finished.test(stagedRun())) {
                finish(Files.readAllLines(staging.resolve(COMPLETE), StandardCharsets.UTF_8));
            } else if (Files.exists(staging)) {
                delete(staging);
            }
            clearTemporaryFiles();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether a run's outputs wait to be moved in (or thrown away): the outbox may not be one run's alone. */
    boolean unsettled() {
        return Files.exists(staging);
    }

    private long stagedRun() throws IOException {
        Path run = staging.resolve(RUN);
        return Files.exists(run) ? Long.parseLong(Files.readString(run, StandardCharsets.UTF_8).trim()) : 0;
    }

    private void finish(List<String> files) throws IOException {
        for (String file : files) {
            Path from = staging.resolve(file);
            if (Files.exists(from)) {
                Path to = outbox.resolve(file);
                Files.createDirectories(to.getParent());
                Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
        }
        Set<String> published = new HashSet<>(files);
        Path units = outbox.resolve("units");
        if (Files.isDirectory(units)) {
            for (String stale : relativeFiles(outbox)) {
                if (stale.startsWith("units/") && !published.contains(stale)) {
                    Files.deleteIfExists(outbox.resolve(stale));
                }
            }
        }
        delete(staging);
    }

    private void clearTemporaryFiles() throws IOException {
        if (!Files.isDirectory(outbox)) {
            return;
        }
        Path published = outbox.resolve("published");
        try (Stream<Path> all = Files.walk(outbox)) {
            for (Path file : all.filter(p -> !p.startsWith(published))
                    .filter(p -> p.getFileName().toString().startsWith(".writing")
                    && p.getFileName().toString().endsWith(".tmp")).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    private static List<String> relativeFiles(Path root) throws IOException {
        List<String> files = new ArrayList<>();
        try (Stream<Path> all = Files.walk(root)) {
            all.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith(COMPLETE) && !p.getFileName().toString().equals(RUN))
                    .forEach(p -> files.add(root.relativize(p).toString().replace('\\', '/')));
        }
        files.sort(null);
        return files;
    }

    /** Deletes a folder and everything in it; nothing when it is not there. */
    static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
