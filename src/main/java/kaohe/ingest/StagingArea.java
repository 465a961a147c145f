package kaohe.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.stream.Stream;
import kaohe.shared.Sha256;

/**
 * Where ingest keeps its own copy of each inbox file while judging it. The inbox file is read once,
 * hashed as it is copied, and from then on only the copy is read, validated, annotated and archived:
 * a sender (or anyone) rewriting the inbox file meanwhile cannot make the stored bytes differ from the
 * checked ones. The inbox file is opened without following links, and only if it is still the file the
 * snapshot listed.
 */
public final class StagingArea {

    private final Path folder;

    public StagingArea(Path folder) {
        this.folder = folder;
    }

    /** A private staging folder for callers without a home (tests, the benchmark's parse stage). */
    public static StagingArea temporary() {
        try {
            return new StagingArea(Files.createTempDirectory("kaohe-staging"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The copy of one inbox file and the SHA-256 of exactly its bytes. */
    public record Staged(InboxFile source, Path copy, String contentHash, long size) {

        public void discard() {
            try {
                Files.deleteIfExists(copy);
            } catch (IOException e) {
                // A leftover copy is cleared when the next run starts.
            }
        }
    }

    /**
     * Copies the file, or returns empty when it is no longer the file that was listed (rewritten,
     * replaced by a link, gone): such a file is left for the next run.
     */
    public Optional<Staged> stage(InboxFile file) throws IOException {
        if (!Inbox.isStill(file) || !parentIsReal(file.path())) {
            return Optional.empty();
        }
        Path copy = kaohe.shared.AtomicFiles.inFolder(folder, () -> Files.createTempFile(folder, "inbox-", ".bin"));
        try {
            String hash;
            try (FileChannel in = FileChannel.open(file.path(), StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
                 OutputStream out = Files.newOutputStream(copy)) {
                hash = Sha256.copy(Channels.newInputStream(in), out);
            }
            long copied = Files.size(copy);
            if (copied != file.size() || !Inbox.isStill(file)) {
                Files.deleteIfExists(copy);
                return Optional.empty();
            }
            return Optional.of(new Staged(file, copy, hash, copied));
        } catch (NoSuchFileException e) {
            Files.deleteIfExists(copy);
            return Optional.empty();
        } catch (FileSystemException e) {
            Files.deleteIfExists(copy);
            // ELOOP: the name became a link between the check and the open.
            if (Files.isSymbolicLink(file.path())) {
                return Optional.empty();
            }
            throw e;
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(copy);
            throw e;
        }
    }

    /**
     * Whether the inbox file still holds exactly these bytes, so deleting it loses nothing. It is compared with the
     * staged copy byte for byte, which says more than a second hash would and costs a fraction of one.
     */
    public static boolean stillHolds(Staged staged) {
        if (!Inbox.isStill(staged.source()) || !parentIsReal(staged.source().path())) {
            return false;
        }
        try (FileChannel in = FileChannel.open(staged.source().path(), StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
             InputStream copy = Files.newInputStream(staged.copy())) {
            return sameBytes(Channels.newInputStream(in), copy) && Inbox.isStill(staged.source());
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean sameBytes(InputStream a, InputStream b) throws IOException {
        byte[] left = new byte[16 * 1024];
        byte[] right = new byte[left.length];
        while (true) {
            int n = a.readNBytes(left, 0, left.length);
            int m = b.readNBytes(right, 0, right.length);
            if (n != m || !java.util.Arrays.equals(left, 0, n, right, 0, m)) {
                return false;
            }
            if (n < left.length) {
                return true;
            }
        }
    }

    /** Removes copies a crashed run left behind; only called while this home's ingest lock is held. */
    public void clear() {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** No folder between the inbox and the file was swapped for a link since the snapshot. */
    private static boolean parentIsReal(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            return parent.toRealPath().equals(parent);
        } catch (IOException e) {
            return false;
        }
    }
}
