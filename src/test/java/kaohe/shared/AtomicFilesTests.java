package kaohe.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
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
}
