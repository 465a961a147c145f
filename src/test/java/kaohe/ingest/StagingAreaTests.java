package kaohe.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ingest reads an inbox file once and keeps exactly what it read; the inbox file goes only if it still holds that. */
class StagingAreaTests {

    @TempDir
    Path temp;

    private final StagingArea staging = StagingArea.temporary();

    private InboxFile listed(String content) throws Exception {
        Path file = Files.writeString(temp.resolve("南湖区.xlsx"), content);
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2019-07-01T02:00:00Z")));
        return InboxFile.of(file, null);
    }

    @Test
    void theStagedCopyKeepsTheBytesThatWereHashedWhenTheInboxFileIsRewrittenAfterwards() throws Exception {
        InboxFile file = listed("first version");
        StagingArea.Staged staged = staging.stage(file).orElseThrow();

        Files.writeString(file.path(), "second, longer version");

        assertThat(Files.readString(staged.copy())).isEqualTo("first version");
        assertThat(StagingArea.stillHolds(staged)).isFalse();
    }

    @Test
    void aRewriteOfTheSameSizeWithTheOldTimeRestoredIsStillNoticed() throws Exception {
        InboxFile file = listed("version A");
        StagingArea.Staged staged = staging.stage(file).orElseThrow();

        Files.writeString(file.path(), "version B");
        Files.setLastModifiedTime(file.path(), FileTime.from(file.modified()));

        assertThat(Files.size(file.path())).isEqualTo(file.size());
        assertThat(StagingArea.stillHolds(staged)).as("the content is compared, not only size and time").isFalse();
    }

    @Test
    void aRewriteThatDiffersOnlyFarIntoALargeFileIsStillNoticed() throws Exception {
        String large = "表".repeat(20_000);
        InboxFile file = listed(large + "A");
        StagingArea.Staged staged = staging.stage(file).orElseThrow();

        // The copy is compared in 16 KB blocks; the difference lies in the fourth.
        Files.writeString(file.path(), large + "B");
        Files.setLastModifiedTime(file.path(), FileTime.from(file.modified()));

        assertThat(StagingArea.stillHolds(staged)).isFalse();
    }

    @Test
    void aFileChangedSinceTheSnapshotIsNotStagedAndStaysForTheNextRun() throws Exception {
        InboxFile file = listed("as listed");
        Files.writeString(file.path(), "changed since");

        assertThat(staging.stage(file)).isEmpty();
        assertThat(file.path()).exists();
    }

    @Test
    void aFileReplacedByALinkSinceTheSnapshotIsNeverRead() throws Exception {
        InboxFile file = listed("as listed");
        Path secret = Files.writeString(temp.resolve("secret"), "as listed");
        Files.delete(file.path());
        Files.createSymbolicLink(file.path(), secret);

        assertThat(staging.stage(file)).isEmpty();
    }

    @Test
    void anUnchangedFileIsStagedWithItsHash() throws Exception {
        InboxFile file = listed("unchanged");

        StagingArea.Staged staged = staging.stage(file).orElseThrow();

        assertThat(staged.contentHash()).isEqualTo(ContentHash.of(file.path()));
        assertThat(StagingArea.stillHolds(staged)).isTrue();
    }
}
