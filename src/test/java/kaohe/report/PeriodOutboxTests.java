package kaohe.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A period's outputs are replaced all together: a killed run never leaves the outbox mixing two runs. */
class PeriodOutboxTests {

    @TempDir
    Path home;

    private Path outbox() throws Exception {
        Path outbox = Files.createDirectories(home.resolve("outbox/2019Q4"));
        Files.createDirectories(outbox.resolve("units"));
        Files.writeString(outbox.resolve("totals.csv"), "old totals");
        Files.writeString(outbox.resolve("leadership.pdf"), "old leadership");
        Files.writeString(outbox.resolve("units/330402-南湖区.pdf"), "old 南湖区");
        Files.writeString(outbox.resolve("units/999999-撤销单位.pdf"), "old unit no longer assessed");
        Files.createDirectories(outbox.resolve("templates"));
        Files.writeString(outbox.resolve("templates/330402-南湖区-2019Q4.xlsx"), "template");
        return outbox;
    }

    private static void stageNewRun(Path staging) throws Exception {
        Files.createDirectories(staging.resolve("units"));
        Files.writeString(staging.resolve("totals.csv"), "new totals");
        Files.writeString(staging.resolve("leadership.pdf"), "new leadership");
        Files.writeString(staging.resolve("units/330402-南湖区.pdf"), "new 南湖区");
    }

    @Test
    void aPublishedRunReplacesEveryOutputAndRemovesUnitReportsItDidNotWrite() throws Exception {
        Path outbox = outbox();
        PeriodOutbox publication = new PeriodOutbox(outbox);
        stageNewRun(publication.begin());

        publication.publish();

        assertThat(Files.readString(outbox.resolve("totals.csv"))).isEqualTo("new totals");
        assertThat(Files.readString(outbox.resolve("leadership.pdf"))).isEqualTo("new leadership");
        assertThat(Files.readString(outbox.resolve("units/330402-南湖区.pdf"))).isEqualTo("new 南湖区");
        assertThat(outbox.resolve("units/999999-撤销单位.pdf")).doesNotExist();
        assertThat(outbox.resolve("templates/330402-南湖区-2019Q4.xlsx")).as("other commands' files are not the run's").exists();
        assertThat(home.resolve("outbox/.2019Q4.staging")).doesNotExist();
    }

    @Test
    void aRunKilledBeforeItsCommitPointLeavesThePreviousOutputsWholeAndItsOwnAreDiscarded() throws Exception {
        Path outbox = outbox();
        stageNewRun(new PeriodOutbox(outbox).begin());
        Files.writeString(outbox.resolve("units/.writing123.tmp"), "half a file");

        new PeriodOutbox(outbox).recover();

        assertThat(Files.readString(outbox.resolve("totals.csv"))).isEqualTo("old totals");
        assertThat(Files.readString(outbox.resolve("units/330402-南湖区.pdf"))).isEqualTo("old 南湖区");
        assertThat(home.resolve("outbox/.2019Q4.staging")).doesNotExist();
        assertThat(outbox.resolve("units/.writing123.tmp")).as("leftover temporary files are cleared").doesNotExist();
    }

    @Test
    void aRunKilledHalfWayThroughMovingIsCompletedByTheNextOne() throws Exception {
        Path outbox = outbox();
        PeriodOutbox publication = new PeriodOutbox(outbox);
        Path staging = publication.begin();
        stageNewRun(staging);
        // The commit point reached and one file moved, then the process died.
        Files.write(staging.resolve(PeriodOutbox.COMPLETE), java.util.List.of("leadership.pdf", "totals.csv", "units/330402-南湖区.pdf"));
        Files.move(staging.resolve("totals.csv"), outbox.resolve("totals.csv"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        new PeriodOutbox(outbox).begin();

        assertThat(Files.readString(outbox.resolve("totals.csv"))).isEqualTo("new totals");
        assertThat(Files.readString(outbox.resolve("leadership.pdf"))).isEqualTo("new leadership");
        assertThat(Files.readString(outbox.resolve("units/330402-南湖区.pdf"))).isEqualTo("new 南湖区");
        assertThat(outbox.resolve("units/999999-撤销单位.pdf")).doesNotExist();
    }

    @Test
    void stagedOutputsOfARunNotRecordedFinishedAreDiscardedAndThoseOfAFinishedRunMoveIn() throws Exception {
        Path outbox = outbox();
        PeriodOutbox unfinished = new PeriodOutbox(outbox);
        stageNewRun(unfinished.begin());
        unfinished.seal(7);

        new PeriodOutbox(outbox).recover(run -> run != 7);

        assertThat(Files.readString(outbox.resolve("totals.csv"))).as("run 7 died before it was recorded").isEqualTo("old totals");
        assertThat(home.resolve("outbox/.2019Q4.staging")).doesNotExist();

        PeriodOutbox finished = new PeriodOutbox(outbox);
        stageNewRun(finished.begin());
        finished.seal(8);
        assertThat(finished.unsettled()).as("recorded, not yet moved: status says so").isTrue();
        assertThat(Files.readString(outbox.resolve("totals.csv"))).isEqualTo("old totals");

        new PeriodOutbox(outbox).recover(run -> run == 8);

        assertThat(Files.readString(outbox.resolve("totals.csv"))).isEqualTo("new totals");
        assertThat(new PeriodOutbox(outbox).unsettled()).isFalse();
    }

    @Test
    void theTemporaryFileSweepNeverEntersPublishedFolders() throws Exception {
        Path outbox = outbox();
        Path published = Files.createDirectories(outbox.resolve("published/v1"));
        Files.writeString(published.resolve(".writing42.tmp"), "a published folder's own file");

        new PeriodOutbox(outbox).begin();

        assertThat(published.resolve(".writing42.tmp")).exists();
    }
}
