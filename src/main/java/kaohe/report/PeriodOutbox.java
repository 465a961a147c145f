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
import java.util.stream.Stream;

/**
 * A period's assessment outputs appear together or not at all. They are written into a staging folder
 * beside the outbox ({@code outbox/.P.staging/}); when all are there, a list of them is written (the
 * commit point) and they are moved into {@code outbox/P/}, replacing the previous run's, and unit
 * reports the new run did not write are removed. A run killed before the list leaves the previous
 * outputs untouched and its staging is discarded; one killed after it is completed by the next run,
 * so the outbox never keeps a mix of two runs. Leftover temporary files are cleared.
 */
final class PeriodOutbox {

    static final String COMPLETE = ".complete";

    private final Path outbox;
    private final Path staging;

    PeriodOutbox(Path outbox) {
        this.outbox = outbox;
        this.staging = outbox.resolveSibling("." + outbox.getFileName() + ".staging");
    }

    /** Finishes or discards what an earlier run left, and returns an empty staging folder to write into. */
    Path begin() {
        recover();
        try {
            Files.createDirectories(staging);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return staging;
    }

    /** Moves every staged output into the outbox. */
    void publish() {
        try {
            List<String> files = relativeFiles(staging);
            Path list = staging.resolve(COMPLETE + ".tmp");
            Files.write(list, files, StandardCharsets.UTF_8);
            Files.move(list, staging.resolve(COMPLETE), StandardCopyOption.ATOMIC_MOVE);
            finish(files);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What a killed run left: completed if it had reached its commit point, discarded otherwise. */
    void recover() {
        try {
            if (Files.exists(staging.resolve(COMPLETE))) {
                finish(Files.readAllLines(staging.resolve(COMPLETE), StandardCharsets.UTF_8));
            } else if (Files.exists(staging)) {
                delete(staging);
            }
            clearTemporaryFiles();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
        try (Stream<Path> all = Files.walk(outbox)) {
            for (Path file : all.filter(p -> p.getFileName().toString().startsWith(".writing")
                    && p.getFileName().toString().endsWith(".tmp")).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    private static List<String> relativeFiles(Path root) throws IOException {
        List<String> files = new ArrayList<>();
        try (Stream<Path> all = Files.walk(root)) {
            all.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith(COMPLETE))
                    .forEach(p -> files.add(root.relativize(p).toString().replace('\\', '/')));
        }
        files.sort(null);
        return files;
    }

    private static void delete(Path folder) throws IOException {
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
