package kaohe.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTests {

    @TempDir
    Path dir;

    @Test
    void aWrittenFileIsReadableByOtherStaffNotOnlyItsOwner() throws Exception {
        Assumptions.assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path report = dir.resolve("outbox/2019Q2/totals.csv");

        AtomicFiles.write(report, out -> out.write("unit_code\r\n".getBytes()));

        assertThat(Files.readString(report)).isEqualTo("unit_code\r\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(report))).isEqualTo("rw-r--r--");
    }

    @Test
    void aFailedWriteLeavesNeitherAHalfFileNorATemporaryOne() throws Exception {
        Path report = dir.resolve("leadership.pdf");
        AtomicFiles.write(report, out -> out.write("old".getBytes()));

        assertThatThrownBy(() -> AtomicFiles.write(report, out -> {
            out.write("half".getBytes());
            throw new IOException("disk full");
        })).hasRootCauseMessage("disk full");

        assertThat(Files.readString(report)).as("the previous version stays whole").isEqualTo("old");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("leadership.pdf");
        }
    }

    @Test
    void aFinishedFileIsFiledUnderItsNewNameWithoutCopyingItsBytes() throws Exception {
        Assumptions.assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path staged = Files.createTempFile(dir, "inbox-", ".bin");
        Files.write(staged, "a return".getBytes());
        Path archived = dir.resolve("archive/2019Q2/330402/return.xlsx");

        AtomicFiles.place(staged, archived);

        assertThat(Files.isSameFile(archived, staged)).as("one file under two names").isTrue();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(archived))).isEqualTo("rw-r--r--");
        Files.delete(staged);
        assertThat(Files.readString(archived)).as("the archived name keeps the bytes").isEqualTo("a return");
        try (var files = Files.list(archived.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("return.xlsx");
        }
    }

    @Test
    void threadsWritingIntoOneNewFolderAtOnceEachWriteTheirFile() throws Exception {
        int threads = 4;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        try {
            for (int round = 0; round < 100; round++) {
                Path folder = dir.resolve("published/.v" + round + ".staging/units");
                java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(threads);
                List<java.util.concurrent.Future<?>> writes = new java.util.ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    Path report = folder.resolve("unit" + t + ".pdf");
                    writes.add(pool.submit(() -> {
                        together.await();
                        AtomicFiles.write(report, out -> out.write("a report".getBytes()));
                        return null;
                    }));
                }
                for (java.util.concurrent.Future<?> write : writes) {
                    write.get();
                }
                try (var files = Files.list(folder)) {
                    assertThat(files.count()).as("round %d", round).isEqualTo(threads);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFolderRemovedBetweenTwoFilesIsMadeAgain() throws Exception {
        Path staged = dir.resolve("staged.bin");
        Files.write(staged, "a return".getBytes());
        Path unitFolder = dir.resolve("archive/2019Q2/330402");
        AtomicFiles.place(staged, unitFolder.resolve("first.xlsx"));
        AtomicFiles.write(unitFolder.resolve("first.反馈.xlsx"), out -> out.write("feedback".getBytes()));
        Files.walk(dir.resolve("archive")).sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());

        AtomicFiles.place(staged, unitFolder.resolve("second.xlsx"));
        assertThat(Files.readString(unitFolder.resolve("second.xlsx"))).isEqualTo("a return");
        Files.walk(dir.resolve("archive")).sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        AtomicFiles.write(unitFolder.resolve("second.反馈.xlsx"), out -> out.write("feedback".getBytes()));

        assertThat(Files.readString(unitFolder.resolve("second.反馈.xlsx"))).isEqualTo("feedback");
    }

    @Test
    void aFinishedFileReplacesAnEarlierOneOfTheSameName() throws Exception {
        Path staged = dir.resolve("staged.bin");
        Files.write(staged, "new".getBytes());
        Path archived = dir.resolve("archive/return.xlsx");
        AtomicFiles.write(archived, out -> out.write("old".getBytes()));

        AtomicFiles.place(staged, archived);

        assertThat(Files.readString(archived)).isEqualTo("new");
    }

    @Test
    void aFinishedFileOnAnotherFileSystemIsCopied() throws Exception {
        Path shm = Path.of("/dev/shm");
        Assumptions.assumeTrue(Files.isDirectory(shm) && Files.isWritable(shm)
                && !Files.getFileStore(shm).equals(Files.getFileStore(dir)), "needs a second file system");
        Path staged = Files.createTempFile(shm, "kaohe-staged-", ".bin");
        try {
            Files.write(staged, "a return".getBytes());
            Path archived = dir.resolve("archive/return.xlsx");

            AtomicFiles.place(staged, archived);

            assertThat(Files.readString(archived)).isEqualTo("a return");
            assertThat(Files.isSameFile(archived, staged)).isFalse();
            try (var files = Files.list(archived.getParent())) {
                assertThat(files.map(p -> p.getFileName().toString())).containsExactly("return.xlsx");
            }
        } finally {
            Files.deleteIfExists(staged);
        }
    }
}
