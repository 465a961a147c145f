package kaohe.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import kaohe.plan.PlanExport;
import kaohe.plan.PlanLoad;
import kaohe.plan.PlanLoader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code plan export}: the plan as CSV or JSON, to a file or standard output. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "把考核计划导出为数据：每项指标每年一行，每项任务一行。")
final class PlanExportCommand implements Callable<Integer> {

    enum Format { csv, json }

    @Mixin
    CommonOptions options;

    @Option(names = "--format", required = true, description = "csv 或 json")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "输出文件。默认：标准输出")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PlanLoad load = new PlanLoader().load(options.planFolder());
        if (!load.isValid()) {
            spec.commandLine().getErr().println("kaohe: the plan has problems; run 'plan check' to see them");
            return ExitStatus.INVALID_INPUT;
        }
        PlanExport export = new PlanExport(load.plan());
        if (out == null) {
            write(export, System.out);
            System.out.flush();
        } else {
            if (out.toAbsolutePath().getParent() != null) {
                Files.createDirectories(out.toAbsolutePath().getParent());
            }
            try (OutputStream file = Files.newOutputStream(out)) {
                write(export, file);
            }
        }
        return ExitStatus.DONE;
    }

    private void write(PlanExport export, OutputStream stream) {
        if (format == Format.csv) {
            export.writeCsv(stream);
        } else {
            export.writeJson(stream);
        }
    }
}
