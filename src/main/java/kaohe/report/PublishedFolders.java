package kaohe.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code outbox/P/published/}: one folder per published version, which appears whole, only once its
 * publication is recorded, and is never written again. A version is written into {@code .vN.staging/};
 * the record is committed; then the staging folder is renamed {@code vN/} in one step. A publish killed
 * before its record leaves only a staging folder, discarded by the next command that takes the period; one
 * killed after it is renamed by that command. A {@code vN/} without a record (left by a version before this
 * rule) is moved aside, never overwritten.
 */
final class PublishedFolders {

    private static final Logger LOG = LoggerFactory.getLogger(PublishedFolders.class);
    private static final Pattern STAGING = Pattern.compile("\\.v(\\d+)\\.staging");
    private static final Pattern VERSION = Pattern.compile("v(\\d+)");

    private final Path root;

    PublishedFolders(Path periodOutbox) {
        this.root = periodOutbox.resolve("published");
    }

    Path folder(int version) {
        return root.resolve("v" + version);
    }

    Path staging(int version) {
        return root.resolve(".v" + version + ".staging");
    }

    /** An empty staging folder for {@code version}; a folder of that name that stands already is moved aside first. */
    Path begin(int version) {
        try {
            if (Files.exists(folder(version))) {
                setAside(folder(version));
            }
            delete(staging(version));
            Files.createDirectories(staging(version));
            return staging(version);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** After the version's record committed: the staged folder becomes {@code vN/} in one rename. */
    void reveal(int version) {
        try {
            Files.move(staging(version), folder(version), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Completes or discards what a killed publish left, given the versions the database records. */
    void settle(Set<Integer> recorded) {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(root)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                Matcher staging = STAGING.matcher(name);
                Matcher version = VERSION.matcher(name);
                if (staging.matches()) {
                    int v = Integer.parseInt(staging.group(1));
                    if (recorded.contains(v) && !Files.exists(folder(v))) {
                        LOG.info("published/{} was recorded but not yet in place (publish was interrupted): completing it", folder(v).getFileName());
                        reveal(v);
                    } else {
                        delete(entry);
                    }
                } else if (version.matches() && Files.isDirectory(entry) && !recorded.contains(Integer.parseInt(version.group(1)))) {
                    setAside(entry);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether a publish was interrupted here and waits to be completed or discarded. */
    boolean unsettled() {
        if (!Files.isDirectory(root)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(root)) {
            return entries.anyMatch(p -> STAGING.matcher(p.getFileName().toString()).matches());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void setAside(Path folder) throws IOException {
        Path aside = folder.resolveSibling(folder.getFileName() + "-未登记-" + Instant.now().toString().replace(':', '-'));
        LOG.warn("{} has no publication record: moved aside to {} and not overwritten", folder, aside.getFileName());
        Files.move(folder, aside, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void delete(Path folder) throws IOException {
        PeriodOutbox.delete(folder);
    }
}
