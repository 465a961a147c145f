package kaohe.bench;

/** What one scale of the benchmark measured. Times in nanoseconds, memory in bytes. */
public record ScaleFigures(
        int scale, int units, int valuesPerReturn, long startupNanos,
        Ingest xlsx, Ingest xls,
        Parse parse,
        int scoredUnits, long scoringNanos,
        int unitPdfs, long unitPdfNanos, int workbookRows, long workbookNanos,
        long assessNanos, Memory ingestMemory, Memory assessMemory, SecondQuarter second, int round) {

    /** The first (or only) round of a scale. */
    public ScaleFigures(int scale, int units, int valuesPerReturn, long startupNanos, Ingest xlsx, Ingest xls, Parse parse,
                        int scoredUnits, long scoringNanos, int unitPdfs, long unitPdfNanos, int workbookRows, long workbookNanos,
                        long assessNanos, Memory ingestMemory, Memory assessMemory, SecondQuarter second) {
        this(scale, units, valuesPerReturn, startupNanos, xlsx, xls, parse, scoredUnits, scoringNanos, unitPdfs, unitPdfNanos,
                workbookRows, workbookNanos, assessNanos, ingestMemory, assessMemory, second, 1);
    }

    /** The same figures as those of a scale's {@code round}-th run in one bench. */
    ScaleFigures inRound(int round) {
        return new ScaleFigures(scale, units, valuesPerReturn, startupNanos, xlsx, xls, parse, scoredUnits, scoringNanos, unitPdfs,
                unitPdfNanos, workbookRows, workbookNanos, assessNanos, ingestMemory, assessMemory, second, round);
    }

    /**
     * The quarter after: every unit has a previous return to be compared with, and the reports read the
     * first quarter's totals and items. Null when the run measured ingest only.
     */
    public record SecondQuarter(Ingest ingest, int scoredUnits, long scoringNanos, long assessNanos) {
        public long nanos() {
            return ingest.nanos() + assessNanos;
        }
    }

    /**
     * Peak heap in use after a full collection, peak resident set (-1: unknown), and the heap in use when the stretch
     * began (what earlier work left for good), in bytes.
     */
    public record Memory(long liveHeapBytes, long rssBytes, long baselineBytes) {

        /** A stretch that began on an empty heap. */
        public Memory(long liveHeapBytes, long rssBytes) {
            this(liveHeapBytes, rssBytes, 0);
        }

        /** What the stretch itself added at its peak. */
        public long addedBytes() {
            return liveHeapBytes - baselineBytes;
        }
    }

    /**
     * One ingest run over files of one format: how many were dropped, how many got an answer, how
     * many values were stored, how long. Rates count answered files only: a file left in the inbox by
     * a technical failure must not make the run look faster.
     */
    public record Ingest(int returns, int accepted, int rejected, long values, long nanos, long cpuNanos, long jitNanos) {

        /** Without the process's CPU time, which only a run in this JVM can measure. */
        public Ingest(int returns, int accepted, int rejected, long values, long nanos) {
            this(returns, accepted, rejected, values, nanos, -1, -1);
        }

        public double returnsPerSecond() {
            return perSecond(accepted + rejected, nanos);
        }

        /**
         * CPU time of this process per answered file, in ms, all threads: Kaohe's own work and the JDBC driver's, and
         * the database's too only when it is the embedded one; -1 when not measured.
         */
        public double cpuMillisPerReturn() {
            return cpuNanos < 0 || accepted + rejected == 0 ? -1 : cpuNanos / 1e6 / (accepted + rejected);
        }

        /**
         * The part of {@link #cpuMillisPerReturn} the JIT compilers spent compiling, per answered file, in ms; -1 when not
         * measured. It is warm-up: a long-running {@code serve} pays it once, a one-off process for every run.
         */
        public double jitMillisPerReturn() {
            return jitNanos < 0 || accepted + rejected == 0 ? -1 : jitNanos / 1e6 / (accepted + rejected);
        }

        /** Files still in the inbox after the run, for the next one. */
        public int left() {
            return returns - accepted - rejected;
        }

        public double valuesPerSecond() {
            return perSecond(values, nanos);
        }
    }

    /**
     * The parse stage against the floor, mean per file over the same .xlsx files, and over .xls files
     * (which have no unzip+SAX floor); and what pandas.read_excel cost on a sample of the same .xlsx files.
     */
    public record Parse(int rowsPerReturn, int xlsxFiles, long floorNanos, long xlsxNanos, int xlsFiles, long xlsNanos,
                        PandasReference.Figure pandas, PandasReference.Figure pandasAfter) {

        /** Without the pandas reference. */
        public Parse(int rowsPerReturn, int xlsxFiles, long floorNanos, long xlsxNanos, int xlsFiles, long xlsNanos) {
            this(rowsPerReturn, xlsxFiles, floorNanos, xlsxNanos, xlsFiles, xlsNanos, PandasReference.Figure.NOT_RUN,
                    PandasReference.Figure.NOT_RUN);
        }

        Parse withPandas(PandasReference.Figure figure) {
            return new Parse(rowsPerReturn, xlsxFiles, floorNanos, xlsxNanos, xlsFiles, xlsNanos, figure, pandasAfter);
        }

        /** pandas read the same files again right after the .xlsx ingest. */
        Parse withPandasAfter(PandasReference.Figure figure) {
            return new Parse(rowsPerReturn, xlsxFiles, floorNanos, xlsxNanos, xlsFiles, xlsNanos, pandas, figure);
        }

        /**
         * pandas' CPU per file: the mean of its reads before and after the ingest where both were made, so a machine
         * that speeds up or slows down while the bench runs moves both sides of the ratio alike; else the one read.
         */
        public PandasReference.Figure pandasMean() {
            return pandas.measured() && pandasAfter.measured() ? pandas.and(pandasAfter) : pandas;
        }

        public double floorMillis() {
            return xlsxFiles == 0 ? 0 : floorNanos / 1e6 / xlsxFiles;
        }

        public double xlsxMillis() {
            return xlsxFiles == 0 ? 0 : xlsxNanos / 1e6 / xlsxFiles;
        }

        public double xlsMillis() {
            return xlsFiles == 0 ? 0 : xlsNanos / 1e6 / xlsFiles;
        }

        public double ratio() {
            return floorNanos == 0 ? 0 : (double) xlsxNanos / floorNanos;
        }
    }

    /**
     * The client's CPU per .xlsx return over pandas' per file on the same returns, both from this run (goal 1: at most a
     * fifth); -1 when either was not measured.
     */
    public double cpuOverPandas() {
        double kaohe = xlsx.cpuMillisPerReturn();
        double pandas = parse.pandasMean().cpuMillisPerFile();
        return kaohe < 0 || pandas <= 0 ? -1 : kaohe / pandas;
    }

    public int returns() {
        return xlsx.returns() + xls.returns();
    }

    public long ingestNanos() {
        return xlsx.nanos() + xls.nanos();
    }

    /** Ingest, scoring and every report, start-up not included. */
    public long quarterNanos() {
        return ingestNanos() + assessNanos;
    }

    static double perSecond(double count, long nanos) {
        return nanos == 0 ? 0 : count * 1e9 / nanos;
    }
}
