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
    void partitionSharesCoverTheInboxOnceAndKeepEachUnitsFilesTogetherInOrder() throws Exception {
        for (String unit : java.util.List.of("330402", "330411", "330421", "330424", "330481", "ZJJ")) {
            file(unit + "/原报.xlsx", NOW.minusSeconds(600));
            file(unit + "/更正.xlsx", NOW.minusSeconds(300));
        }
        file("无单位一.xlsx", NOW.minusSeconds(500));
        file("无单位二.xls", NOW.minusSeconds(400));
        Inbox box = new Inbox(inbox, 5, Clock.fixed(NOW, ZoneOffset.UTC));
        RunLedger reader = new RunLedger(box.snapshot());

        java.util.Map<String, java.util.List<InboxFile>> dealt = reader.partitions(3);
        java.util.List<java.util.List<InboxFile>> shares = java.util.List.copyOf(dealt.values());

        assertThat(dealt.keySet()).containsExactly("partition0", "partition1", "partition2");
        dealt.forEach((name, files) -> assertThat(reader.filesOf(name)).isEqualTo(files));

        assertThat(shares.stream().flatMap(java.util.List::stream).map(InboxFile::path))
                .containsExactlyInAnyOrderElementsOf(box.snapshot().ready().stream().map(InboxFile::path).toList());
        for (java.util.List<InboxFile> share : shares) {
            for (InboxFile file : share) {
                java.util.List<InboxFile> sameFolder = share.stream().filter(f -> f.path().getParent().equals(file.path().getParent())).toList();
                assertThat(sameFolder).as("a folder's files are in one share").hasSize(2);
                assertThat(sameFolder.get(0).modified()).as("oldest first, so a correction supersedes").isBefore(sameFolder.get(1).modified());
            }
        }
        assertThat(shares).filteredOn(share -> !share.isEmpty()).hasSizeGreaterThan(1);
    }

    @Test
    void anInboxHasWorkWhenAFileIsReadyOrStillBeingCopied() throws Exception {
        Inbox box = new Inbox(inbox, 5, Clock.fixed(NOW, ZoneOffset.UTC));
        file("~$南湖区.xlsx", NOW.minusSeconds(60));
        assertThat(box.snapshot().hasWork()).as("only an office lock file").isFalse();

        file("330402/南湖区.xlsx", NOW.minusSeconds(1));
        assertThat(box.snapshot().hasWork()).as("still being copied").isTrue();
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
        assertThat(snapshot.left()).containsExactly(new Inbox.Left("still-copying.xlsx", LeftReason.SETTLING));
    }
}
