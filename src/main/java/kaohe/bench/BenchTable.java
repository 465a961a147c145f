package kaohe.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.function.DoubleFunction;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/** The benchmark's figures as a Markdown table, one column per scale, ready to paste into README. */
public final class BenchTable {

    private BenchTable() {
    }

    public static String markdown(List<ScaleFigures> scales, ScaleFigures.Parse wide) {
        StringBuilder out = new StringBuilder();
        boolean rounds = scales.stream().anyMatch(s -> s.round() > 1);
        out.append("| |");
        scales.forEach(s -> out.append(" ").append(s.scale()).append("×").append(rounds ? " #" + s.round() : "").append(" |"));
        out.append("\n|---|");
        scales.forEach(s -> out.append("---:|"));
        out.append('\n');
        row(out, scales, "units = returns (values per return)", s -> s.units() + " (" + s.valuesPerReturn() + ")");
        row(out, scales, "returns .xlsx / .xls (rejected)", s -> s.xlsx().returns() + " / " + s.xls().returns()
                + " (" + (s.xlsx().rejected() + s.xls().rejected()) + ")");
        row(out, scales, "left in the inbox by technical failures", s -> String.valueOf(s.xlsx().left() + s.xls().left()));
        row(out, scales, "ingest .xlsx into the database, returns/s", s -> one(s.xlsx().returnsPerSecond()));
        row(out, scales, "ingest .xlsx into the database, values/s", s -> whole(s.xlsx().valuesPerSecond()));
        row(out, scales, "ingest .xlsx, client CPU per return, ms (all threads)", s -> s.xlsx().cpuMillisPerReturn() < 0 ? "—"
                : two(s.xlsx().cpuMillisPerReturn()));
        row(out, scales, "… of which the JIT compilers, ms", s -> s.xlsx().jitMillisPerReturn() < 0 ? "—"
                : two(s.xlsx().jitMillisPerReturn()));
        row(out, scales, "pandas.read_excel of the same .xlsx, CPU per return, ms (files read)", s -> !s.parse().pandas().measured() ? "—"
                : two(s.parse().pandasMean().cpuMillisPerFile()) + " (" + s.parse().pandas().files()
                        + (s.parse().pandasAfter().measured() ? " twice" : "") + ")");
        row(out, scales, "… before and after the .xlsx ingest, ms", s -> {
            PandasReference.Figure before = s.parse().pandas();
            PandasReference.Figure after = s.parse().pandasAfter();
            return before.measured() && after.measured() ? two(before.cpuMillisPerFile()) + " / " + two(after.cpuMillisPerFile())
                    + " (" + change(before.cpuMillisPerFile(), after.cpuMillisPerFile()) + ")" : "—";
        });
        row(out, scales, "… client CPU per .xlsx return over pandas' (goal: at most 0.20)", s -> s.cpuOverPandas() < 0 ? "—"
                : two(s.cpuOverPandas()));
        row(out, scales, "ingest .xls into the database, returns/s", s -> one(s.xls().returnsPerSecond()));
        row(out, scales, "ingest .xls into the database, values/s", s -> whole(s.xls().valuesPerSecond()));
        row(out, scales, "parse .xlsx, ms per return (unzip+SAX floor)",
                s -> two(s.parse().xlsxMillis()) + " (" + two(s.parse().floorMillis()) + ")");
        row(out, scales, "parse stage ÷ floor", s -> one(s.parse().ratio()) + "×");
        row(out, scales, "parse .xls, ms per return", s -> two(s.parse().xlsMillis()));
        row(out, scales, "scoring, units/s", s -> assessed(s, one(ScaleFigures.perSecond(s.scoredUnits(), s.scoringNanos()))));
        row(out, scales, "unit PDFs/s", s -> assessed(s, one(ScaleFigures.perSecond(s.unitPdfs(), s.unitPdfNanos()))));
        row(out, scales, "assessment.xlsx, rows/s (rows)", s -> assessed(s,
                whole(ScaleFigures.perSecond(s.workbookRows(), s.workbookNanos())) + " (" + s.workbookRows() + ")"));
        row(out, scales, "whole quarter: ingest + scoring + every report, s", s -> assessed(s, one(s.quarterNanos() / 1e9)));
        row(out, scales, "second quarter: ingest, returns/s (rejected)", s -> s.second() == null ? "—"
                : one(s.second().ingest().returnsPerSecond()) + " (" + s.second().ingest().rejected() + ")");
        row(out, scales, "second quarter: scoring, units/s", s -> s.second() == null ? "—"
                : one(ScaleFigures.perSecond(s.second().scoredUnits(), s.second().scoringNanos())));
        row(out, scales, "second quarter: ingest + scoring + every report, s", s -> s.second() == null ? "—" : one(s.second().nanos() / 1e9));
        row(out, scales, "application start-up, s", s -> one(s.startupNanos() / 1e9));
        row(out, scales, "ingest: peak heap in use after a full GC, MB", s -> megabytes(s.ingestMemory().liveHeapBytes()));
        row(out, scales, "ingest: peak RSS, MB", s -> megabytes(s.ingestMemory().rssBytes()));
        row(out, scales, "ingest: heap in use before it (what earlier scales keep), MB", s -> megabytes(s.ingestMemory().baselineBytes()));
        ScaleFigures smallest = scales.get(0);
        // Flat is the goal: the growth over the smallest scale, per 1,000 more returns, not a fixed base spread thin. Each
        // scale's own addition is compared, so the fonts an earlier scale's reports loaded do not count as ingest's growth.
        row(out, scales, "ingest: peak heap after a full GC, growth per 1,000 more returns, MB", s -> s == smallest
                || s.returns() <= smallest.returns() || s.ingestMemory().liveHeapBytes() < 0 || smallest.ingestMemory().liveHeapBytes() < 0 ? "—"
                : one((s.ingestMemory().addedBytes() - smallest.ingestMemory().addedBytes()) / 1048576.0 * 1000
                / (s.returns() - smallest.returns())));
        row(out, scales, "assess + reports: peak heap in use after a full GC, MB", s -> megabytes(s.assessMemory().liveHeapBytes()));
        row(out, scales, "assess + reports: peak RSS, MB", s -> megabytes(s.assessMemory().rssBytes()));
        if (wide != null) {
            out.append('\n').append(String.format(Locale.ROOT,
                    "%d-row returns: parse %s ms per .xlsx against a floor of %s ms (%s×); %s ms per .xls.%n",
                    wide.rowsPerReturn(), two(wide.xlsxMillis()), two(wide.floorMillis()), one(wide.ratio()), two(wide.xlsMillis())));
        }
        scales.stream().map(s -> s.parse().pandas())
                .filter(p -> !p.measured() && p != PandasReference.Figure.NOT_RUN).map(PandasReference.Figure::notMeasured).distinct()
                .forEach(why -> out.append("\npandas.read_excel was not measured: ").append(why).append(".\n"));
        out.append(spread(scales));
        return out.toString();
    }

    /**
     * For each scale run more than once, how far its rounds lie apart on the figures the goals are set in: the lowest and
     * highest, and by how much the highest exceeds the lowest. Empty when no scale ran twice.
     */
    static String spread(List<ScaleFigures> figures) {
        Map<Integer, List<ScaleFigures>> byScale = new LinkedHashMap<>();
        figures.forEach(f -> byScale.computeIfAbsent(f.scale(), k -> new ArrayList<>()).add(f));
        byScale.values().removeIf(rounds -> rounds.size() < 2);
        if (byScale.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("\nHow far the rounds of a scale lie apart: lowest–highest (the highest over the lowest).\n\n| |");
        byScale.forEach((scale, rounds) -> out.append(' ').append(scale).append("×, ").append(rounds.size()).append(" rounds |"));
        out.append("\n|---|");
        byScale.forEach((scale, rounds) -> out.append("---:|"));
        out.append('\n');
        spreadRow(out, byScale, "ingest .xlsx, returns/s", s -> s.xlsx().returnsPerSecond(), BenchTable::one);
        spreadRow(out, byScale, "ingest .xlsx, client CPU per return, ms", s -> s.xlsx().cpuMillisPerReturn(), BenchTable::two);
        spreadRow(out, byScale, "ingest .xlsx, client CPU per return over pandas'", ScaleFigures::cpuOverPandas, BenchTable::two);
        spreadRow(out, byScale, "ingest .xls, returns/s", s -> s.xls().returnsPerSecond(), BenchTable::one);
        spreadRow(out, byScale, "unit PDFs/s", s -> s.scoredUnits() == 0 ? -1 : ScaleFigures.perSecond(s.unitPdfs(), s.unitPdfNanos()),
                BenchTable::one);
        spreadRow(out, byScale, "whole quarter: ingest + scoring + every report, s", s -> s.scoredUnits() == 0 ? -1 : s.quarterNanos() / 1e9,
                BenchTable::one);
        // What the ingest added: a later round starts on the fonts an earlier round's reports keep.
        spreadRow(out, byScale, "ingest: peak heap after a full GC over the heap before it, MB", s -> s.ingestMemory().liveHeapBytes() < 0 ? -1
                : s.ingestMemory().addedBytes() / 1048576.0, BenchTable::one);
        return out.toString();
    }

    private static void spreadRow(StringBuilder out, Map<Integer, List<ScaleFigures>> byScale, String label,
                                  ToDoubleFunction<ScaleFigures> figure, DoubleFunction<String> format) {
        out.append("| ").append(label).append(" |");
        byScale.forEach((scale, rounds) -> {
            double low = rounds.stream().mapToDouble(figure).min().orElse(-1);
            double high = rounds.stream().mapToDouble(figure).max().orElse(-1);
            String apart = low > 0 ? " (+" + whole((high / low - 1) * 100) + " %)" : "";
            out.append(' ').append(low < 0 ? "—" : format.apply(low) + "–" + format.apply(high) + apart).append(" |");
        });
        out.append('\n');
    }

    private static void row(StringBuilder out, List<ScaleFigures> scales, String label, Function<ScaleFigures, String> value) {
        out.append("| ").append(label).append(" |");
        scales.forEach(s -> out.append(' ').append(value.apply(s)).append(" |"));
        out.append('\n');
    }

    /** How far the later figure lies above (+) or below (−) the earlier one. */
    private static String change(double before, double after) {
        double percent = (after / before - 1) * 100;
        return (percent < 0 ? "−" : "+") + whole(Math.abs(percent)) + " %";
    }

    /** A figure of the assessment, or a dash for a scale run with ingest only. */
    private static String assessed(ScaleFigures s, String figure) {
        return s.scoredUnits() == 0 ? "—" : figure;
    }

    static String megabytes(long bytes) {
        return bytes < 0 ? "—" : whole(bytes / 1048576.0);
    }

    static String one(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    static String two(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    static String whole(double value) {
        return String.format(Locale.ROOT, "%,.0f", value);
    }
}
