package kaohe.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import kaohe.shared.AtomicFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every folder units drop files into shares with the returns' inbox (evidence, 整改 reports, 异议表): entries listed
 * in name order without the office suites' lock files, a file's content hash read without following a link, and a
 * refused file moved under a name from its content beside a {@code .反馈.txt} that says why, in Chinese.
 */
public final class DroppedFiles {

    private static final Logger LOG = LoggerFactory.getLogger(DroppedFiles.class);

    private DroppedFiles() {
    }

    /** What one pass over a drop folder did: counts and one Chinese line per file. */
    public static final class Tally {
        private int taken;
        private int duplicates;
        private int rejected;
        private int waiting;
        private final List<String> lines = new ArrayList<>();

        public void taken(String line) {
            taken++;
            lines.add(line);
        }

        public void duplicate(String line) {
            duplicates++;
            lines.add(line);
        }

        public void rejected(String line) {
            rejected++;
            lines.add(line);
        }

        public void waiting(String line) {
            waiting++;
            lines.add(line);
        }

        public int taken() {
            return taken;
        }

        public int duplicates() {
            return duplicates;
        }

        public int rejected() {
            return rejected;
        }

        public int waiting() {
            return waiting;
        }

        public List<String> lines() {
            return List.copyOf(lines);
        }
    }

    /** The folder's entries in name order, leaving out hidden files and the lock files Excel and WPS keep beside open ones. */
    public static List<Path> listed(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(p -> !p.getFileName().toString().startsWith(".") && !p.getFileName().toString().startsWith("~$"))
                    .sorted().toList();
        }
    }

    /** The SHA-256 of the file itself, never of what a link points to. */
    public static String hash(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            return kaohe.shared.Sha256.of(in);
        }
    }

    /**
     * Moves a refused file into {@code folder} under a name from its content, beside a {@code .反馈.txt} saying why; a file
     * that cannot be moved stays where it is and is counted as waiting.
     */
    public static void reject(Path file, Path folder, String shown, String why, Tally tally) {
        try {
            String name = SafeFileName.of(file.getFileName().toString(), hash(file));
            Files.createDirectories(folder);
            AtomicFiles.write(folder.resolve(name.substring(0, name.lastIndexOf('.')) + ".反馈.txt"),
                    out -> out.write(("“" + shown + "”未被接收：" + why + "。\n").getBytes(StandardCharsets.UTF_8)));
            Files.move(file, folder.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            tally.rejected("退回“" + shown + "”：" + why);
        } catch (IOException | RuntimeException e) {
            LOG.warn("{} could not be moved to {} and stays where it is: {}", file, folder, e.toString(), e);
            tally.waiting("“" + shown + "”应退回（" + why + "），但未能移走，留在收件箱");
        }
    }
}
