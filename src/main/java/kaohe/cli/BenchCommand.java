package kaohe.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import kaohe.DatabaseSettings;
import kaohe.bench.BenchTable;
import kaohe.bench.Benchmark;
import kaohe.bench.FirstReturn;
import kaohe.bench.ScaleFigures;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code bench}: measures ingest, scoring and reporting on synthetic quarters and prints a table. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"在各个规模上生成模拟的季度数据，接收、评分并出报告，打印测得的数字。",
                "请使用一个可丢弃的数据库：运行留下的数据会保留在其中（每次运行用自己的计划编号）。"})
final class BenchCommand implements Callable<Integer> {

    @Mixin
    CommonOptions options;

    @Option(names = "--scales", paramLabel = "N,N", split = ",", defaultValue = "1,10",
            description = "依次运行的规模（--units 的倍数）。默认：${DEFAULT-VALUE}")
    List<Integer> scales;

    @Option(names = "--units", paramLabel = "N", defaultValue = "100",
            description = "1 倍规模时的单位数（每单位一份报表）。默认：${DEFAULT-VALUE}，约为一个省的县级单位数")
    int units;

    @Option(names = "--indicators", paramLabel = "N", defaultValue = "48", description = "每份报表的指标数。默认：${DEFAULT-VALUE}")
    int indicators;

    @Option(names = "--tasks", paramLabel = "N", defaultValue = "12", description = "每份报表的任务数。默认：${DEFAULT-VALUE}")
    int tasks;

    @Option(names = "--wide-rows", paramLabel = "N", defaultValue = "300",
            description = "另测解析下限所用报表的行数（0 为不测）。默认：${DEFAULT-VALUE}")
    int wideRows;

    @Option(names = "--ingest-only", description = "只测接收，不评分、不出报告（用于大规模时的内存测量）。")
    boolean ingestOnly;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "1",
            description = "每个规模运行的次数，每次用自己的计划；多于一次时另列各次之间相差多少。默认：${DEFAULT-VALUE}")
    int rounds;

    @Option(names = "--python", paramLabel = "命令", defaultValue = "python3",
            description = {"用来运行对照的 Python：用 pandas.read_excel 读同样的 .xlsx 报表，算出每份的 CPU 时间，"
                    + "与 Kaohe 的相比（须装有 pandas 和 openpyxl；none 为不运行）。默认：${DEFAULT-VALUE}"})
    String python;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (scales.isEmpty() || scales.stream().anyMatch(s -> s < 1) || units < 1 || indicators < 1 || tasks < 0 || rounds < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--scales、--units、--indicators、--rounds 都须至少为 1，--tasks 不能为负数");
        }
        Path work = options.home.resolve("bench").toAbsolutePath().normalize();
        OwnedFolder.wipe(work);
        PrintWriter out = spec.commandLine().getOut();
        DatabaseSettings database = options.dbUrl == null || options.dbUrl.isBlank() ? null : options.database();
        Benchmark benchmark = new Benchmark(new Benchmark.Settings(work, scales, units, indicators, tasks, database, !ingestOnly, rounds,
                "none".equals(python) ? null : python), out);
        List<ScaleFigures> figures;
        try {
            figures = benchmark.run();
        } catch (Benchmark.ScaleFailed failed) {
            printCompleted(out, database, failed);
            throw failed.getCause() instanceof Exception cause ? cause : new IllegalStateException(failed.getMessage(), failed.getCause());
        }
        ScaleFigures.Parse wide = wideRows > 0 ? benchmark.parseWide(wideRows, 40) : null;
        DatabaseSettings childDatabase = database == null ? DatabaseSettings.embedded(work.resolve("first-return")) : database;
        List<String> startUp = new java.util.ArrayList<>();
        FirstReturn.Launches launches = FirstReturn.launches();
        for (FirstReturn.Launch launch : launches.ways()) {
            double stored = FirstReturn.seconds(work, benchmark.planDir(scales.get(0)), childDatabase, launch);
            double status = FirstReturn.statusSeconds(work, benchmark.planDir(scales.get(0)), childDatabase, launch);
            startUp.add(String.format(Locale.ROOT, "| %s | %.1f | %.1f |", launch.label(), stored, status));
        }
        out.println();
        out.println(machine(database));
        out.println();
        out.print(BenchTable.markdown(figures, wide));
        if (!startUp.isEmpty()) {
            out.println();
            out.println("Start-up, each a new `java -Xmx512m [options] -jar JAR` process, seconds from launch to exit:");
            out.println();
            out.println("| launched as | `ingest` storing one return | `status` |");
            out.println("|---|---:|---:|");
            startUp.forEach(out::println);
            out.println();
            launches.unmappedNote().ifPresent(note -> out.printf("%s%n%n", note));
        }
        kaohe.report.TemplateCompiler.Readiness templates = kaohe.report.TemplateCompiler.timing();
        out.printf(Locale.ROOT, "Report templates: loading the %d compiled at build time took %.2f s; compiling them from JRXML, "
                + "as every run did before they shipped compiled, %.2f s.%n", templates.templates(), templates.loadSeconds(),
                templates.compileSeconds());
        out.flush();
        return ExitStatus.DONE;
    }

    /** The rows of the scales that finished, then which one did not: the failure itself follows as any command's does. */
    static void printCompleted(PrintWriter out, DatabaseSettings database, Benchmark.ScaleFailed failed) {
        out.println();
        out.println(machine(database));
        out.println();
        if (!failed.completed().isEmpty()) {
            out.print(BenchTable.markdown(failed.completed(), null));
            out.println();
        }
        out.printf(Locale.ROOT, "%d× 未完成：%s%n", failed.scale(), failed.getCause());
        out.flush();
    }

    private static String machine(DatabaseSettings database) {
        Runtime runtime = Runtime.getRuntime();
        String db = database == null ? "embedded H2 (file)" : database.url().replaceAll("\\?.*", "");
        String options = String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("-X")).toList());
        return String.format(Locale.ROOT, "Kaohe bench, %s: %d cores, Java %s, max heap %d MB, %s; database: %s.",
                LocalDate.now(), runtime.availableProcessors(), System.getProperty("java.version"), runtime.maxMemory() >> 20,
                options.isEmpty() ? "default JVM options" : options, db);
    }
}
