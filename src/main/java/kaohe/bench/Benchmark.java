package kaohe.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kaohe.DatabaseSettings;
import kaohe.KaoheApplication;
import kaohe.ingest.IngestLimits;
import kaohe.ingest.IngestSummary;
import kaohe.ingest.ReturnReader;
import kaohe.job.AssessLauncher;
import kaohe.job.IngestLauncher;
import kaohe.plan.Plan;
import kaohe.plan.PlanLoad;
import kaohe.plan.PlanLoader;
import kaohe.report.AssessmentReports;
import kaohe.shared.Period;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Runs the scales one after another in this JVM, each on its own synthetic plan (so one scale's rows
 * never meet another's, even in a shared database): generate, measure the floor and the parse stage
 * on the same files, ingest the .xlsx and then the .xls returns through the real job, assess the
 * quarter with every report. Figures are wall-clock on whatever else the machine is doing; compare
 * the ratios within one run.
 */
public final class Benchmark {

    static final Period PERIOD = Period.of("2019Q2");
    static final Period WARM_UP_PERIOD = Period.of("2017Q4");
    static final Period SECOND_PERIOD = Period.of("2019Q3");
    static final int WARM_UP = 20;

    /**
     * {@code assess}: false measures ingest only (the heap check at 10,000 returns needs no reports). {@code rounds}: how
     * many times each scale runs, each round on a plan of its own, so one run shows how far its figures move.
     * {@code python}: the Python that reads each scale's .xlsx returns with pandas for reference; null for none.
     */
    public record Settings(Path work, List<Integer> scales, int baseUnits, int indicators, int tasks,
                           DatabaseSettings database, boolean assess, int rounds, String python) {

        public Settings(Path work, List<Integer> scales, int baseUnits, int indicators, int tasks, DatabaseSettings database,
                        boolean assess, int rounds) {
            this(work, scales, baseUnits, indicators, tasks, database, assess, rounds, null);
        }

        public Settings(Path work, List<Integer> scales, int baseUnits, int indicators, int tasks, DatabaseSettings database,
                        boolean assess) {
            this(work, scales, baseUnits, indicators, tasks, database, assess, 1);
        }
    }

    private final Settings settings;
    private final PrintWriter progress;
    private final MemoryProbe memory = new MemoryProbe();
    private final String nonce = Long.toString(System.currentTimeMillis(), 36);
    /** The benchmark's own installation secret: its returns are sealed as the templates of its homes would be. */
    private final String secret = "bench-" + nonce + "-" + java.util.UUID.randomUUID();
    private final kaohe.template.TemplateSeal seal = kaohe.template.TemplateSeal.of(secret);

    public Benchmark(Settings settings, PrintWriter progress) {
        this.settings = settings;
        this.progress = progress;
    }

    /**
     * Runs the scales in order. A scale that fails ends the run, and {@link ScaleFailed} carries the figures of the
     * scales before it: a 100× run that runs out of heap after twenty minutes still leaves its 1× and 10× rows.
     */
    public List<ScaleFigures> run() throws ScaleFailed {
        List<ScaleFigures> figures = new ArrayList<>();
        try (memory) {
            for (int scale : settings.scales()) {
                for (int round = 1; round <= settings.rounds(); round++) {
                    try {
                        figures.add(runScale(scale, round));
                    } catch (Exception | OutOfMemoryError e) {
                        throw new ScaleFailed(scale, figures, e);
                    }
                }
            }
        }
        return figures;
    }

    /** A scale that did not finish, and the figures of those that did. */
    public static final class ScaleFailed extends Exception {
        private final int scale;
        private final transient List<ScaleFigures> completed;

        ScaleFailed(int scale, List<ScaleFigures> completed, Throwable cause) {
            super(scale + "× did not finish: " + cause, cause);
            this.scale = scale;
            this.completed = List.copyOf(completed);
        }

        public int scale() {
            return scale;
        }

        public List<ScaleFigures> completed() {
            return completed;
        }
    }

    /** The plan folder of a scale's first round, written by {@link #run}; the first-return check reuses it. */
    public Path planDir(int scale) {
        return settings.work().resolve("plans").resolve(planId(scale, 1));
    }

    private String planId(int scale, int round) {
        return "bench-" + settings.baseUnits() * scale + "-" + nonce + (round == 1 ? "" : "-r" + round);
    }

    private ScaleFigures runScale(int scale, int round) throws Exception {
        ScaleFigures figures = measure(scale, planId(scale, round),
                settings.work().resolve(round == 1 ? "x" + scale : "x" + scale + "-r" + round));
        return figures.inRound(round);
    }

    private ScaleFigures measure(int scale, String planId, Path root) throws Exception {
        int units = settings.baseUnits() * scale;
        say("%d×：生成 %d 个单位的合成计划与报表……", scale, units);
        SyntheticPlan synthetic = new SyntheticPlan(planId, units, settings.indicators(), settings.tasks());
        Path planDir = synthetic.write(settings.work().resolve("plans"));
        Plan plan = load(planDir);
        List<SyntheticReturns.Generated> generated = new SyntheticReturns(plan, seal, PERIOD).write(root.resolve("staging"));

        say("%d×：解析下限与解析阶段……", scale);
        ScaleFigures.Parse parse = parse(generated, synthetic.itemsPerReturn());
        PandasReference pandas = settings.python() == null ? null : new PandasReference(settings.python());
        List<Path> xlsxFiles = files(generated, SyntheticReturns.Kind.XLSX);
        if (pandas != null) {
            say("%d×：pandas.read_excel 读同样的 .xlsx 报表（对照，至多 %d 份）……", scale, PandasReference.SAMPLE);
            parse = parse.withPandas(pandas.measure(xlsxFiles, root.resolve("pandas")));
        }

        Path home = root.resolve("home");
        DatabaseSettings database = settings.database() == null ? DatabaseSettings.embedded(home) : settings.database();
        long started = System.nanoTime();
        try (ConfigurableApplicationContext context = KaoheApplication.start(home, database, Map.of(
                "kaohe.plans-dir", settings.work().resolve("plans").toString(), "kaohe.plan", planDir.toString(),
                "kaohe.ingest.settle-seconds", 0, kaohe.template.TemplateSeal.PROPERTY, secret))) {
            long startup = System.nanoTime() - started;
            IngestLauncher ingest = context.getBean(IngestLauncher.class);
            say("%d×：预热（%d 份 %s 报表，不计时）……", scale, Math.min(WARM_UP, units), WARM_UP_PERIOD);
            warmUp(ingest, plan, home, root.resolve("warm-up"));
            memory.reset();
            say("%d×：接收 .xlsx……", scale);
            ScaleFigures.Ingest xlsx = ingest(ingest, generated, SyntheticReturns.Kind.XLSX, home, synthetic.itemsPerReturn());
            if (parse.pandas().measured()) {
                // Again right after the ingest, so the ratio holds for a machine whose speed moved while it ran.
                say("%d×：pandas.read_excel 再读一次同样的报表……", scale);
                parse = parse.withPandasAfter(pandas.measure(xlsxFiles, root.resolve("pandas-after")));
            }
            say("%d×：接收 .xls……", scale);
            ScaleFigures.Ingest xls = ingest(ingest, generated, SyntheticReturns.Kind.XLS, home, synthetic.itemsPerReturn());
            ScaleFigures.Memory ingestMemory = new ScaleFigures.Memory(memory.peakLiveHeapBytes(), memory.peakRssBytes(), memory.baselineBytes());
            memory.reset();
            if (!settings.assess()) {
                return new ScaleFigures(scale, units, synthetic.itemsPerReturn(), startup, xlsx, xls, parse,
                        0, 0, 0, 0, 0, 0, 0, ingestMemory, new ScaleFigures.Memory(-1, -1), null);
            }
            say("%d×：评分并生成全部报告……", scale);
            long assessStarted = System.nanoTime();
            AssessLauncher.Result result = context.getBean(AssessLauncher.class).run(PERIOD);
            long assessNanos = System.nanoTime() - assessStarted;
            AssessmentReports.Written written = result.reports();
            ScaleFigures.Memory assessMemory = new ScaleFigures.Memory(memory.peakLiveHeapBytes(), memory.peakRssBytes(), memory.baselineBytes());
            say("%d×：第二个季度（%s，有上期报表与上期结果）……", scale, SECOND_PERIOD);
            List<SyntheticReturns.Generated> next = new SyntheticReturns(plan, seal, SECOND_PERIOD).write(root.resolve("staging-next"));
            ScaleFigures.Ingest nextIngest = ingest(ingest, next, null, home, synthetic.itemsPerReturn());
            long nextStarted = System.nanoTime();
            AssessLauncher.Result nextResult = context.getBean(AssessLauncher.class).run(SECOND_PERIOD);
            ScaleFigures.SecondQuarter second = new ScaleFigures.SecondQuarter(nextIngest, nextResult.units().size(),
                    nextResult.scoring().toNanos(), System.nanoTime() - nextStarted);
            return new ScaleFigures(scale, units, synthetic.itemsPerReturn(), startup, xlsx, xls, parse,
                    result.units().size(), result.scoring().toNanos(), written.unitPdfs(), written.unitPdfNanos(),
                    written.workbookRows(), written.workbookNanos(), assessNanos, ingestMemory, assessMemory, second);
        }
    }

    /**
     * The parse stage alone on returns of {@code rows} rows (the floor ratio the issue sets is for
     * 300-row returns, where the per-file set-up no longer dominates).
     */
    public ScaleFigures.Parse parseWide(int rows, int files) throws IOException {
        say("解析下限：%d 份 %d 行的报表……", files, rows);
        String id = "bench-wide-" + rows + "-" + nonce;
        Path planDir = new SyntheticPlan(id, files, rows, 0).write(settings.work().resolve("plans"));
        Plan plan = load(planDir);
        return parse(new SyntheticReturns(plan, seal, PERIOD).write(settings.work().resolve("wide").resolve("staging")), rows);
    }

    private ScaleFigures.Parse parse(List<SyntheticReturns.Generated> generated, int rows) throws IOException {
        List<Path> xlsx = files(generated, SyntheticReturns.Kind.XLSX);
        List<Path> xls = files(generated, SyntheticReturns.Kind.XLS);
        XlsxFloor floor = new XlsxFloor();
        ReturnReader reader = new ReturnReader(IngestLimits.defaults());
        // One untimed pass warms the JIT for both, so neither pays for the other's class loading.
        for (Path file : xlsx.subList(0, Math.min(xlsx.size(), 50))) {
            floor.read(file);
            reader.read(file);
        }
        for (Path file : xls.subList(0, Math.min(xls.size(), 20))) {
            reader.read(file);
        }
        long floorNanos = timed(() -> {
            for (Path file : xlsx) {
                floor.read(file);
            }
        });
        long xlsxNanos = timed(() -> xlsx.forEach(reader::read));
        long xlsNanos = timed(() -> xls.forEach(reader::read));
        return new ScaleFigures.Parse(rows, xlsx.size(), floorNanos, xlsxNanos, xls.size(), xlsNanos);
    }

    private ScaleFigures.Ingest ingest(IngestLauncher launcher, List<SyntheticReturns.Generated> generated,
                                       SyntheticReturns.Kind kind, Path home, int valuesPerReturn) throws Exception {
        // kind null: every generated file, whatever its format, in one run
        int count = 0;
        FileTime settled = FileTime.from(Instant.now().minusSeconds(3600));
        for (SyntheticReturns.Generated file : generated) {
            if (kind == null || file.kind() == kind) {
                Path target = home.resolve("inbox").resolve(file.unit()).resolve(file.file().getFileName());
                Files.createDirectories(target.getParent());
                Files.copy(file.file(), target, StandardCopyOption.REPLACE_EXISTING);
                Files.setLastModifiedTime(target, settled);
                count++;
            }
        }
        long cpu = processCpuNanos();
        long jit = compilingNanos();
        long started = System.nanoTime();
        IngestSummary summary = launcher.run(false);
        long nanos = System.nanoTime() - started;
        long cpuNanos = cpu < 0 ? -1 : processCpuNanos() - cpu;
        long jitNanos = jit < 0 ? -1 : compilingNanos() - jit;
        return new ScaleFigures.Ingest(count, summary.accepted(), summary.rejected(),
                (long) summary.accepted() * valuesPerReturn, nanos, cpuNanos, jitNanos);
    }

    /**
     * Ingests an earlier quarter's returns of the first units, untimed, so the measured runs see a warm
     * JIT and units with a previous return, as on a real deadline day. The quarter is early enough that
     * no cumulative figure of the measured one falls below it.
     */
    private void warmUp(IngestLauncher launcher, Plan plan, Path home, Path staging) throws Exception {
        kaohe.demo.DemoReturns filler = new kaohe.demo.DemoReturns(plan, seal, WARM_UP_PERIOD);
        FileTime settled = FileTime.from(Instant.now().minusSeconds(3600));
        for (var unit : plan.units().subList(0, Math.min(WARM_UP, plan.units().size()))) {
            Path file = home.resolve("inbox").resolve(unit.code().value()).resolve("warm-up" + (unit.code().hashCode() % 5 == 0 ? ".xls" : ".xlsx"));
            filler.write(unit, unit.code().hashCode(), false, file);
            Files.setLastModifiedTime(file, settled);
        }
        launcher.run(false);
    }

    static Plan load(Path planDir) {
        PlanLoad load = new PlanLoader().load(planDir);
        if (!load.isValid()) {
            throw new IllegalStateException("synthetic plan is invalid: " + load.problems());
        }
        return load.plan();
    }

    private static List<Path> files(List<SyntheticReturns.Generated> generated, SyntheticReturns.Kind kind) {
        return generated.stream().filter(g -> g.kind() == kind && !g.bad()).map(SyntheticReturns.Generated::file).toList();
    }

    private interface Work {
        void run() throws IOException;
    }

    private static long timed(Work work) throws IOException {
        long started = System.nanoTime();
        work.run();
        return System.nanoTime() - started;
    }

    private void say(String format, Object... args) {
        progress.printf(format + "%n", args);
        progress.flush();
    }

    /** Time the JIT compilers have spent compiling in this JVM, or -1 where it does not tell. */
    static long compilingNanos() {
        java.lang.management.CompilationMXBean compilers = java.lang.management.ManagementFactory.getCompilationMXBean();
        return compilers != null && compilers.isCompilationTimeMonitoringSupported() ? compilers.getTotalCompilationTime() * 1_000_000 : -1;
    }

    /** This process's CPU time, all threads, or -1 where the JVM does not tell it. */
    static long processCpuNanos() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
    }
}
