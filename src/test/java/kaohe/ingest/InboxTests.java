package kaohe.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InboxTests {

    private static final Instant NOW = Instant.parse("2019-07-03T02:00:00Z");

    @TempDir
    Path inbox;

    private Path file(String relative, Instant modified) throws Exception {
        Path file = inbox.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "x");
        Files.setLastModifiedTime(file, FileTime.from(modified));
        return file;
    }

    @Test
    void officeLockFilesAreIgnoredButEveryOtherFileGetsAnAnswerOldestFirst() throws Exception {
        file("330402/南湖区.xlsx", NOW.minusSeconds(60));
        file("~$南湖区.xlsx", NOW.minusSeconds(60));
        file(".~lock.秀洲区.xlsx#", NOW.minusSeconds(60));
        file("Thumbs.db", NOW.minusSeconds(60));
        file("..嘉善县..xlsx", NOW.minusSeconds(120));

        Inbox.Snapshot snapshot = new Inbox(inbox, 5, Clock.fixed(NOW, ZoneOffset.UTC)).snapshot();

        assertThat(snapshot.ready()).extracting(InboxFile::originalName).containsExactly("..嘉善县..xlsx", "南湖区.xlsx");
        assertThat(snapshot.ready().get(1).folderUnit().value()).isEqualTo("330402");
        assertThat(snapshot.ready().get(0).folderUnit()).isNull();
    }

    @Test
    void aFileModifiedWithinTheSettleTimeWaitsForTheNextRun() throws Exception {
        file("still-copying.xlsx", NOW.minusSeconds(2));
        file("settled.xlsx", NOW.minusSeconds(10));

        Inbox.Snapshot snapshot = new Inbox(inbox, 5, Clock.fixed(NOW, ZoneOffset.UTC)).snapshot();

        assertThat(snapshot.ready()).extracting(InboxFile::originalName).containsExactly("settled.xlsx");
        assertThat(snapshot.deferred()).isEqualTo(1);
    }
}
