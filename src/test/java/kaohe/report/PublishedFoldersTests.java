package kaohe.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A published version appears whole and recorded, or not at all, and is never written again. */
class PublishedFoldersTests {

    @TempDir
    Path outbox;

    private static void write(Path staging) throws Exception {
        Files.writeString(staging.resolve("totals.csv"), "published totals");
        Files.writeString(staging.resolve("leadership.pdf"), "published leadership");
    }

    private Path root() {
        return outbox.resolve("published");
    }

    private static long entries(Path folder) throws Exception {
        try (Stream<Path> all = Files.list(folder)) {
            return all.count();
        }
    }

    @Test
    void aPublishKilledBeforeItsRecordLeavesNoVersionFolder() throws Exception {
        PublishedFolders folders = new PublishedFolders(outbox);
        write(folders.begin(1));

        folders.settle(Set.of());

        assertThat(root().resolve("v1")).doesNotExist();
        assertThat(entries(root())).isZero();
    }

    @Test
    void aPublishKilledAfterItsRecordIsPutInPlaceWhole() throws Exception {
        PublishedFolders folders = new PublishedFolders(outbox);
        write(folders.begin(1));
        assertThat(folders.unsettled()).isTrue();

        folders.settle(Set.of(1));

        assertThat(Files.readString(root().resolve("v1/totals.csv"))).isEqualTo("published totals");
        assertThat(root().resolve("v1/leadership.pdf")).exists();
        assertThat(folders.unsettled()).isFalse();
    }

    @Test
    void aVersionFolderWithoutARecordIsMovedAsideNeverOverwritten() throws Exception {
        Path orphan = Files.createDirectories(root().resolve("v2"));
        Files.writeString(orphan.resolve("totals.csv"), "written by a publish that never recorded it");
        PublishedFolders folders = new PublishedFolders(outbox);

        write(folders.begin(2));
        folders.reveal(2);

        assertThat(Files.readString(root().resolve("v2/totals.csv"))).isEqualTo("published totals");
        try (Stream<Path> all = Files.list(root())) {
            Path aside = all.filter(p -> p.getFileName().toString().startsWith("v2-未登记-")).findFirst().orElseThrow();
            assertThat(Files.readString(aside.resolve("totals.csv"))).isEqualTo("written by a publish that never recorded it");
        }
    }

    @Test
    void aRecordedVersionInPlaceIsLeftAsItIs() throws Exception {
        PublishedFolders folders = new PublishedFolders(outbox);
        write(folders.begin(1));
        folders.reveal(1);
        long modified = Files.getLastModifiedTime(root().resolve("v1/totals.csv")).toMillis();

        folders.settle(Set.of(1));

        assertThat(Files.getLastModifiedTime(root().resolve("v1/totals.csv")).toMillis()).isEqualTo(modified);
        assertThat(entries(root())).isEqualTo(1);
    }
}
