package kaohe.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import kaohe.shared.UnitCode;

/**
 * The inbox folder, its unit sub-folders and any folders inside those. A snapshot lists the files
 * ready to ingest, oldest first so that a correction dropped after the original supersedes it, and
 * every other entry with the reason it is left: files still being written (modified within the
 * settle time), symbolic links (never followed: a link could point anywhere on the machine, and
 * deleting "through" it would delete there), and what is not a plain file. Office lock files and the
 * files desktops drop in folders are not submissions and are not listed at all.
 */
public final class Inbox {

    /** inbox/unit/folder/folder/file: deeper than this is not how anyone files a return. */
    static final int MAX_DEPTH = 4;

    private final Path root;
    private final Duration settle;
    private final Clock clock;

    public Inbox(Path root, int settleSeconds, Clock clock) {
        this.root = root;
        this.settle = Duration.ofSeconds(settleSeconds);
        this.clock = clock;
    }

    /** An inbox entry that this run will not ingest, with its path relative to the inbox. */
    public record Left(String path, LeftReason reason) {
    }

    public record Snapshot(List<InboxFile> ready, List<Left> left) {

        public Snapshot {
            ready = List.copyOf(ready);
            left = List.copyOf(left);
        }

        /** Whether a run would find anything to do: a poll of an inbox with nothing new need not start one. */
        public boolean hasWork() {
            return !ready.isEmpty() || left.stream().anyMatch(l -> l.reason() == LeftReason.SETTLING);
        }

        public long count(LeftReason reason) {
            return left.stream().filter(l -> l.reason() == reason).count();
        }
    }

    public Path root() {
        return root;
    }

    public Snapshot snapshot() {
        List<InboxFile> ready = new ArrayList<>();
        List<Left> left = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return new Snapshot(ready, left);
        }
        Path top;
        try {
            // The inbox itself may be a link an operator set up; below it, nothing is followed.
            top = root.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Instant settledBefore = clock.instant().minus(settle);
        try {
            Files.walkFileTree(top, EnumSet.noneOf(FileVisitOption.class), MAX_DEPTH, new SimpleFileVisitor<>() {
                /** A unit's 佐证材料 folder holds evidence, not returns: {@link EvidenceIntake} takes it. */
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    return dir.getFileName() != null && dir.getFileName().toString().equals(EvidenceIntake.FOLDER)
                            ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (!isSubmission(file)) {
                        return FileVisitResult.CONTINUE;
                    }
                    String relative = relative(top, file);
                    if (attributes.isSymbolicLink()) {
                        left.add(new Left(relative, LeftReason.LINK));
                    } else if (attributes.isDirectory() || !attributes.isRegularFile()) {
                        // A directory here is one beyond MAX_DEPTH; anything else is a pipe, socket or device.
                        left.add(new Left(relative, LeftReason.NOT_A_RETURN));
                    } else if (attributes.lastModifiedTime().toInstant().isAfter(settledBefore)) {
                        left.add(new Left(relative, LeftReason.SETTLING));
                    } else {
                        ready.add(new InboxFile(file, originalName(file), folderUnit(top, file), attributes.size(),
                                attributes.lastModifiedTime().toInstant(), attributes.fileKey()));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    if (e instanceof NoSuchFileException) {
                        return FileVisitResult.CONTINUE;
                    }
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ready.sort(Comparator.comparing(InboxFile::modified).thenComparing(InboxFile::originalName));
        left.sort(Comparator.comparing(Left::path));
        return new Snapshot(ready, left);
    }

    /** Whether the entry is, right now, still the very file that was listed: same inode, size and time, not a link. */
    static boolean isStill(InboxFile file) {
        try {
            BasicFileAttributes now = Files.readAttributes(file.path(), BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return now.isRegularFile() && now.size() == file.size()
                    && now.lastModifiedTime().toInstant().equals(file.modified())
                    && (file.fileKey() == null || file.fileKey().equals(now.fileKey()));
        } catch (IOException e) {
            return false;
        }
    }

    /** The unit of the inbox's top-level folder the file is in, at whatever depth; null for the inbox itself. */
    private static UnitCode folderUnit(Path top, Path file) {
        Path relative = top.relativize(file);
        if (relative.getNameCount() < 2) {
            return null;
        }
        String folder = relative.getName(0).toString();
        return UnitCode.isValid(folder) ? UnitCode.of(folder) : null;
    }

    private static String relative(Path top, Path file) {
        Path relative = top.relativize(file);
        List<String> parts = new ArrayList<>();
        for (int i = 1; i <= relative.getNameCount(); i++) {
            parts.add(originalName(top.resolve(relative.subpath(0, i))));
        }
        return String.join("/", parts);
    }

    /**
     * The file's name as its sender saw it. Names are bytes on Linux; one unzipped from a Windows
     * archive is often in GBK, which the JVM cannot show as UTF-8. Such a name is decoded as GB18030
     * (a superset of GBK) when its bytes are valid there, so 南湖区.xlsx stays 南湖区.xlsx.
     */
    static String originalName(Path file) {
        String shown = file.getFileName().toString();
        if (shown.indexOf('\uFFFD') < 0) {
            return shown;
        }
        byte[] raw = rawName(file);
        for (Charset charset : List.of(StandardCharsets.UTF_8, Charset.forName("GB18030"))) {
            try {
                return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(raw)).toString();
            } catch (CharacterCodingException e) {
                // try the next
            }
        }
        return shown;
    }

    /** The name's bytes as the file system holds them: a file URI escapes each byte that is not plain ASCII. */
    private static byte[] rawName(Path file) {
        String path = file.toAbsolutePath().toUri().getRawPath();
        String last = path.substring(path.lastIndexOf('/', path.length() - 2) + 1);
        if (last.endsWith("/")) {
            last = last.substring(0, last.length() - 1);
        }
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < last.length(); i++) {
            char c = last.charAt(i);
            if (c == '%' && i + 2 < last.length()) {
                bytes.write(Integer.parseInt(last.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                bytes.write(c);
            }
        }
        return bytes.toByteArray();
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

    private static final Set<String> NOT_SUBMISSIONS = Set.of(".DS_Store", "Thumbs.db", "desktop.ini");
}
