package kaohe.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BenchTableTests {

    @Test
    void tableHasOneColumnPerScaleAndRatesComputedFromCountsAndTimes() {
        ScaleFigures one = figures(1, 100, 2_000_000_000L);
        ScaleFigures ten = figures(10, 1000, 10_000_000_000L);

        String table = BenchTable.markdown(List.of(one, ten), null);

        assertThat(table.lines().findFirst().orElseThrow()).isEqualTo("| | 1× | 10× |");
        assertThat(table).contains("| ingest .xlsx into the database, returns/s | 40.0 | 80.0 |");
        assertThat(table).contains("| parse stage ÷ floor | 4.0× | 4.0× |");
        assertThat(table).contains("| left in the inbox by technical failures | 0 | 0 |");
        assertThat(table).as("2 s of CPU over 80 and 800 returns").contains("| ingest .xlsx, client CPU per return, ms (all threads) | 25.00 | 2.50 |")
                .as("0.8 s of it compiling").contains("| … of which the JIT compilers, ms | 10.00 | 1.00 |")
                .as("30 MB at both scales: flat").contains("| ingest: peak heap after a full GC, growth per 1,000 more returns, MB | — | 0.0 |");
        assertThat(table).contains("| second quarter: ingest + scoring + every report, s | 6.0 | 6.0 |")
                .contains("| second quarter: ingest, returns/s (rejected) | 50.0 (2) | 500.0 (2) |");
        assertThat(table.lines().skip(2)).allMatch(line -> line.chars().filter(c -> c == '|').count() == 4);
    }

    @Test
    void filesLeftInTheInboxAreShownAndDoNotCountTowardsTheRate() {
        ScaleFigures figures = new ScaleFigures(1, 100, 60, 0,
                new ScaleFigures.Ingest(80, 60, 10, 3600, 1_000_000_000L), new ScaleFigures.Ingest(20, 20, 0, 1200, 1_000_000_000L),
                new ScaleFigures.Parse(60, 0, 0, 0, 0, 0), 0, 0, 0, 0, 0, 0, 0,
                new ScaleFigures.Memory(1, 1), new ScaleFigures.Memory(-1, -1), null);

        String table = BenchTable.markdown(List.of(figures), null);

        assertThat(table).contains("| left in the inbox by technical failures | 10 |")
                .contains("| ingest .xlsx into the database, returns/s | 70.0 |");
    }

    @Test
    void theFontsAnEarlierScalesReportsKeptDoNotCountAsIngestsGrowth() {
        ScaleFigures one = figures(1, 100, 2_000_000_000L, new ScaleFigures.Memory(30L << 20, 400L << 20, 0));
        ScaleFigures ten = figures(10, 1000, 10_000_000_000L, new ScaleFigures.Memory(110L << 20, 500L << 20, 70L << 20));

        String table = BenchTable.markdown(List.of(one, ten), null);

        assertThat(table).contains("| ingest: heap in use before it (what earlier scales keep), MB | 0 | 70 |")
                .as("30 MB added at 1×, 40 MB at 10×: 10 MB over 900 more returns")
                .contains("| ingest: peak heap after a full GC, growth per 1,000 more returns, MB | — | 11.1 |");
    }

    @Test
    void aScaleRunInRoundsShowsEachRoundAndHowFarTheyLieApart() {
        ScaleFigures one = figures(1, 100, 2_000_000_000L);
        ScaleFigures first = figures(10, 1000, 10_000_000_000L);
        // The second round starts on 95 MB an earlier round's reports keep, and adds the same 30 MB.
        ScaleFigures second = figures(10, 1000, 8_000_000_000L, new ScaleFigures.Memory(125L << 20, 500L << 20, 95L << 20)).inRound(2);

        String table = BenchTable.markdown(List.of(one, first, second), null);

        assertThat(table.lines().findFirst().orElseThrow()).isEqualTo("| | 1× #1 | 10× #1 | 10× #2 |");
        assertThat(table).as("a scale run once has no spread to show").doesNotContain("1×, ")
                .contains("| | 10×, 2 rounds |")
                .as("800 returns in 10 s and in 8 s").contains("| ingest .xlsx, returns/s | 80.0–100.0 (+25 %) |")
                .as("the same CPU in both rounds").contains("| ingest .xlsx, client CPU per return, ms | 2.50–2.50 (+0 %) |")
                .as("the heap each added").contains("| ingest: peak heap after a full GC over the heap before it, MB | 30.0–30.0 (+0 %) |");
        assertThat(BenchTable.markdown(List.of(one, first), null)).as("one round each: nothing to compare")
                .doesNotContain("rounds").startsWith("| | 1× | 10× |");
    }

    @Test
    void theClientsCpuPerReturnIsSetAgainstPandasOnTheSameFilesOfTheSameRun() {
        // 2 s of client CPU over 800 returns: 2.50 ms; pandas read 400 of them in 8 s and then in 10 s of its CPU.
        ScaleFigures first = withPandas(figures(10, 1000, 10_000_000_000L), new PandasReference.Figure(400, 8_000_000_000L, 400 * 300, null));
        ScaleFigures second = withPandas(figures(10, 1000, 10_000_000_000L), new PandasReference.Figure(400, 10_000_000_000L, 400 * 300, null))
                .inRound(2);
        ScaleFigures without = withPandas(figures(1, 100, 2_000_000_000L),
                PandasReference.Figure.notMeasured("python3 has no pandas or openpyxl (No module named 'pandas')"));

        String table = BenchTable.markdown(List.of(without, first, second), null);

        assertThat(table).contains("| pandas.read_excel of the same .xlsx, CPU per return, ms (files read) | — | 20.00 (400) | 25.00 (400) |")
                .contains("| … client CPU per .xlsx return over pandas' (goal: at most 0.20) | — | 0.13 | 0.10 |")
                .as("why the 1× row has no figure").contains("pandas.read_excel was not measured: python3 has no pandas or openpyxl (No module named 'pandas').")
                .as("the ratio's spread over the rounds").contains("| ingest .xlsx, client CPU per return over pandas' | 0.10–0.13 (+25 %) |");
        assertThat(BenchTable.markdown(List.of(figures(1, 100, 2_000_000_000L)), null)).as("not asked for: no reason to give")
                .doesNotContain("was not measured");
    }

    @Test
    void pandasReadBeforeAndAfterTheIngestIsSetAgainstItByTheMeanOfBothAndShowsHowFarTheyMoved() {
        // 2.50 ms of client CPU a return; pandas read 400 files in 8 s of CPU before the ingest and in 12 s after it.
        PandasReference.Figure before = new PandasReference.Figure(400, 8_000_000_000L, 400 * 300, null);
        PandasReference.Figure after = new PandasReference.Figure(400, 12_000_000_000L, 400 * 300, null);
        ScaleFigures bracketed = figures(10, 1000, 10_000_000_000L);
        bracketed = withParse(bracketed, bracketed.parse().withPandas(before).withPandasAfter(after));
        ScaleFigures once = withPandas(figures(1, 100, 2_000_000_000L), before);
        ScaleFigures afterFailed = figures(100, 1000, 10_000_000_000L);
        afterFailed = withParse(afterFailed, afterFailed.parse().withPandas(before)
                .withPandasAfter(PandasReference.Figure.notMeasured("pandas exited with 1")));

        String table = BenchTable.markdown(List.of(once, bracketed, afterFailed), null);

        assertThat(table).contains("| pandas.read_excel of the same .xlsx, CPU per return, ms (files read) | 20.00 (400) | 25.00 (400 twice) | 20.00 (400) |")
                .contains("| … before and after the .xlsx ingest, ms | — | 20.00 / 30.00 (+50 %) | — |")
                .contains("| … client CPU per .xlsx return over pandas' (goal: at most 0.20) | 1.25 | 0.10 | 0.13 |");
    }

    private static ScaleFigures withParse(ScaleFigures figures, ScaleFigures.Parse parse) {
        return new ScaleFigures(figures.scale(), figures.units(), figures.valuesPerReturn(), figures.startupNanos(), figures.xlsx(), figures.xls(),
                parse, figures.scoredUnits(), figures.scoringNanos(), figures.unitPdfs(), figures.unitPdfNanos(),
                figures.workbookRows(), figures.workbookNanos(), figures.assessNanos(), figures.ingestMemory(), figures.assessMemory(),
                figures.second());
    }

    private static ScaleFigures withPandas(ScaleFigures figures, PandasReference.Figure pandas) {
        return new ScaleFigures(figures.scale(), figures.units(), figures.valuesPerReturn(), figures.startupNanos(), figures.xlsx(), figures.xls(),
                figures.parse().withPandas(pandas), figures.scoredUnits(), figures.scoringNanos(), figures.unitPdfs(), figures.unitPdfNanos(),
                figures.workbookRows(), figures.workbookNanos(), figures.assessNanos(), figures.ingestMemory(), figures.assessMemory(),
                figures.second());
    }

    private static ScaleFigures figures(int scale, int units, long xlsxNanos) {
        return figures(scale, units, xlsxNanos, new ScaleFigures.Memory(30L << 20, 400L << 20));
    }

    private static ScaleFigures figures(int scale, int units, long xlsxNanos, ScaleFigures.Memory ingestMemory) {
        int xlsx = units * 4 / 5;
        return new ScaleFigures(scale, units, 60, 3_000_000_000L,
                new ScaleFigures.Ingest(xlsx, xlsx, 0, xlsx * 60L, xlsxNanos, 2_000_000_000L, 800_000_000L),
                new ScaleFigures.Ingest(units - xlsx, units - xlsx, 0, (units - xlsx) * 60L, 1_000_000_000L),
                new ScaleFigures.Parse(60, xlsx, xlsx * 1_000_000L, xlsx * 4_000_000L, units - xlsx, (units - xlsx) * 1_000_000L),
                units, 1_000_000_000L, units, 5_000_000_000L, units * 60, 1_000_000_000L, 9_000_000_000L,
                ingestMemory, new ScaleFigures.Memory(100L << 20, 500L << 20),
                new ScaleFigures.SecondQuarter(new ScaleFigures.Ingest(units, units - 2, 2, units * 60L, 2_000_000_000L), units,
                        500_000_000L, 4_000_000_000L));
    }
}
