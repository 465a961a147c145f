package kaohe.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kaohe.ingest.Inbox;
import kaohe.ingest.InboxFile;
import kaohe.ingest.RunLedger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.ExecutionContext;

class InboxPartitionerTests {

    private static final Instant NOW = Instant.parse("2019-07-10T02:00:00Z");

    @TempDir
    Path inbox;

    @Test
    void theManagerDealsTheSnapshotOnceAndEachWorkerReadsExactlyItsShare() throws Exception {
        for (String unit : List.of("330402", "330411", "330421", "330424")) {
            Path file = Files.createDirectories(inbox.resolve(unit)).resolve("return.xlsx");
            Files.write(file, new byte[]{1});
            Files.setLastModifiedTime(file, FileTime.from(NOW.minusSeconds(600)));
        }
        RunLedger ledger = new RunLedger(new Inbox(inbox, 5, Clock.fixed(NOW, ZoneOffset.UTC)).snapshot());

        Map<String, ExecutionContext> contexts = new InboxPartitioner(ledger).partition(3);
        // A file put in the inbox after the deal is not anyone's: the next run takes it.
        Files.write(Files.createDirectories(inbox.resolve("330481")).resolve("late.xlsx"), new byte[]{1});

        List<InboxFile> read = new ArrayList<>();
        int counted = 0;
        for (Map.Entry<String, ExecutionContext> partition : contexts.entrySet()) {
            assertThat(partition.getValue().getString(InboxPartitioner.PARTITION)).isEqualTo(partition.getKey());
            counted += partition.getValue().getInt(InboxPartitioner.FILES);
            InboxShareReader reader = new InboxShareReader(ledger.filesOf(partition.getKey()), () -> false);
            for (InboxFile f = reader.read(); f != null; f = reader.read()) {
                read.add(f);
            }
        }
        assertThat(contexts).hasSize(3);
        assertThat(counted).isEqualTo(4);
        assertThat(read).extracting(f -> f.path().getParent().getFileName().toString())
                .containsExactlyInAnyOrder("330402", "330411", "330421", "330424");
    }

    @Test
    void aWorkerStopsTakingFilesOnceShutdownHasBegun() throws Exception {
        boolean[] stopping = {false};
        InboxShareReader reader = new InboxShareReader(List.of(file("a"), file("b")), () -> stopping[0]);

        assertThat(reader.read()).isNotNull();
        stopping[0] = true;
        assertThat(reader.read()).isNull();
    }

    private InboxFile file(String name) throws Exception {
        Path file = Files.write(inbox.resolve(name + ".xlsx"), new byte[]{1});
        Files.setLastModifiedTime(file, FileTime.from(NOW.minusSeconds(600)));
        return new Inbox(inbox, 5, Clock.fixed(NOW, ZoneOffset.UTC)).snapshot().ready().stream()
                .filter(f -> f.path().equals(file)).findFirst().orElseThrow();
    }
}
