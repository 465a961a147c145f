package kaohe.shared;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Files that appear whole or not at all: written beside their final name and renamed into place, so a
 * crash or a reader never sees half a file. They get ordinary permissions (rw-r--r--), not the
 * owner-only ones of a temporary file, so office staff can open them.
 */
public final class AtomicFiles {

    /** Writes the content of a file. */
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    public static void write(Path target, Content content) {
        try {
            Path parent = target.toAbsolutePath().getParent();
            Path temp = inFolder(parent, () -> Files.createTempFile(parent, ".writing", ".tmp"));
            boolean written = false;
            try {
                try (OutputStream out = Files.newOutputStream(temp)) {
                    content.writeTo(out);
                }
                written = true;
            } finally {
                if (!written) {
                    Files.deleteIfExists(temp);
                }
            }
            moveIntoPlace(temp, target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void copy(Path source, Path target) {
        write(target, out -> Files.copy(source, out));
    }

    /**
     * Files a finished file (one nobody writes to any more) under {@code target} as well, replacing what is
     * there. Where the file system allows, the target is a second name for the same file: nothing is copied,
     * and no new file is made, which on a busy ingest was a tenth of its CPU. Elsewhere (another file
     * system, or one without links) the bytes are copied. Either way the target appears whole, readable
     * by office staff, and the source keeps its name.
     */
    public static void place(Path finished, Path target) {
        Path parent = target.toAbsolutePath().getParent();
        Path temp = parent.resolve(".writing" + Long.toUnsignedString(java.util.concurrent.ThreadLocalRandom.current().nextLong()) + ".tmp");
        try {
            try {
                inFolder(parent, () -> Files.createLink(temp, finished));
            } catch (IOException | UnsupportedOperationException e) {
                copy(finished, target);
                return;
            }
            moveIntoPlace(temp, target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes a finished temporary file readable and renames it over {@code target}; the temporary name is gone either way. */
    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            readable(temp);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
    }

    /** Something that makes a file in a folder. */
    public interface FileAction<T> {
        T run() throws IOException;
    }

    /**
     * Makes a file in {@code folder}, making the folder first only when it is missing: nearly always it is there, and
     * asking to make it anyway cost a failed mkdir and an exception per file (ingest makes two or three files a return).
     */
    public static <T> T inFolder(Path folder, FileAction<T> action) throws IOException {
        try {
            return action.run();
        } catch (java.nio.file.NoSuchFileException e) {
            // Made again even when it is there by now: another thread may have made it since the first try failed.
            Files.createDirectories(folder);
            return action.run();
        }
    }

    /**
     * Deletes the temporary files a killed writer left anywhere below {@code folder} (ours only: {@code .writing*.tmp}).
     * Only for a caller that knows nobody writes there now (ingest under its lock). Returns how many it removed.
     */
    public static int clearLeftovers(Path folder) {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (java.util.stream.Stream<Path> all = Files.walk(folder)) {
            int removed = 0;
            for (Path file : all.filter(Files::isRegularFile).filter(AtomicFiles::isLeftover).toList()) {
                removed += Files.deleteIfExists(file) ? 1 : 0;
            }
            return removed;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isLeftover(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith(".writing") && name.endsWith(".tmp");
    }

    private static void readable(Path file) throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }
}
