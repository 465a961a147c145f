package kaohe.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kaohe.bench.BenchTable;
import kaohe.bench.Benchmark;
import kaohe.bench.ScaleFigures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What `bench` leaves its reader when a later, larger scale does not finish. */
class BenchCommandTests {

    @TempDir
    Path work;

    @Test
    void aScaleRunInTwoRoundsIsMeasuredTwiceOnPlansOfItsOwnAndTheTableSaysHowFarApart() throws Exception {
        Benchmark benchmark = new Benchmark(new Benchmark.Settings(work, List.of(1), 4, 2, 1, null, false, 2),
                new PrintWriter(new StringWriter()));

        List<ScaleFigures> figures = benchmark.run();

        assertThat(figures).extracting(ScaleFigures::round).containsExactly(1, 2);
        assertThat(figures).allSatisfy(round -> {
            assertThat(round.xlsx().accepted() + round.xlsx().rejected()).as("every .xlsx answered, in each round").isEqualTo(round.xlsx().returns());
        });
        try (var plans = Files.list(work.resolve("plans"))) {
            assertThat(plans.count()).as("a plan per round").isEqualTo(2);
        }
        assertThat(BenchTable.markdown(figures, null)).startsWith("| | 1× #1 | 1× #2 |").contains("| | 1×, 2 rounds |")
                .containsPattern("\\| ingest \\.xlsx, returns/s \\| [0-9.]+–[0-9.]+ \\(\\+[0-9]+ %\\) \\|");
    }

    @Test
    void aScaleThatFailsStillPrintsTheRowsOfTheScalesThatFinished() throws Exception {
        // The second scale cannot make its folder: a file stands where it goes.
        Files.writeString(work.resolve("x2"), "in the way");
        Benchmark benchmark = new Benchmark(new Benchmark.Settings(work, List.of(1, 2), 3, 2, 1, null, false),
                new PrintWriter(new StringWriter()));

        Benchmark.ScaleFailed failed = catchThrowableOfType(Benchmark.ScaleFailed.class, benchmark::run);

        assertThat(failed.scale()).isEqualTo(2);
        assertThat(failed.completed()).hasSize(1);
        StringWriter printed = new StringWriter();
        BenchCommand.printCompleted(new PrintWriter(printed), null, failed);
        assertThat(printed.toString())
                .contains("| units = returns (values per return) | 3 (3) |")
                .contains("2× 未完成：")
                .contains("x2");
    }
}
