package kaohe.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every file still in the inbox after a run is counted under exactly one reason. */
class RunLedgerTests {

    private static final Instant NOW = Instant.parse("2019-07-05T08:00:00Z");

    @TempDir
    Path inbox;

    private Path file(String name, Instant modified) throws Exception {
        Path file = inbox.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, name);
        Files.setLastModifiedTime(file, FileTime.from(modified));
        return file;
    }

    private Inbox.Snapshot snapshot() {
        return new Inbox(inbox, 5, Clock.fixed(NOW, ZoneOffset.UTC)).snapshot();
    }

    private Path real(Path file) throws Exception {
        return file.toRealPath();
    }

    @Test
    void eachFileLeftIsCountedOnceWithTheReasonItWasLeft() throws Exception {
        Path answered = file("330402/answered.xlsx", NOW.minusSeconds(60));
        Path failed = file("330411/failed.xlsx", NOW.minusSeconds(60));
        Path changed = file("330421/changed.xlsx", NOW.minusSeconds(60));
        file("330424/not reached.xlsx", NOW.minusSeconds(60));
        RunLedger ledger = new RunLedger(snapshot());
        Files.delete(answered);
        ledger.answered(real(inbox).resolve("330402/answered.xlsx"));
        ledger.failed(real(failed));
        ledger.changed(real(changed));
        file("330481/dropped during the run.xlsx", NOW.minusSeconds(30));
        file("330482/still copying.xlsx", NOW.minusSeconds(1));
        Files.createSymbolicLink(inbox.resolve("link.xlsx"), failed);

        Map<LeftReason, Integer> census = ledger.census(snapshot());

        assertThat(census).containsExactlyInAnyOrderEntriesOf(Map.of(LeftReason.FAILED, 1, LeftReason.CHANGED, 1,
                LeftReason.STOPPED, 1, LeftReason.SETTLING, 2, LeftReason.LINK, 1));
    }

    @Test
    void aFileAnsweredAndLeftInPlaceOnPurposeIsNotCounted() throws Exception {
        Path kept = file("dry run.xlsx", NOW.minusSeconds(60));
        RunLedger ledger = new RunLedger(snapshot());
        ledger.answered(real(kept));

        assertThat(ledger.census(snapshot())).isEmpty();
    }

    @Test
    void aQuarantinedFileIsNoLongerCountedAsFailed() throws Exception {
        Path failed = file("failed.xlsx", NOW.minusSeconds(60));
        RunLedger ledger = new RunLedger(snapshot());
        ledger.failed(real(failed));
        ledger.quarantined(real(failed));
        Files.delete(failed);

        assertThat(ledger.census(snapshot())).isEmpty();
        assertThat(ledger.quarantined()).isEqualTo(1);
    }
}
