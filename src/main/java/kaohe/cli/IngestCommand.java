package kaohe.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import kaohe.ingest.IngestSummary;
import kaohe.job.IngestLauncher;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ingest [--dry-run]}: processes every settled file in the inbox once. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "处理 <home>/inbox 中的每个文件一次：接收、附反馈退回，或识别为重复。")
final class IngestCommand implements Callable<Integer> {

    @Mixin
    CommonOptions options;

    @Option(names = "--dry-run", description = "试运行：只校验并把反馈写到 <home>/dry-run/，不保存、不移动任何文件。")
    boolean dryRun;

    @Option(names = "--settle-seconds", paramLabel = "N",
            description = "最近 N 秒内改动过的文件（可能仍在复制）留待下次处理。默认：5")
    Integer settleSeconds;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Map<String, Object> properties = new LinkedHashMap<>();
        if (settleSeconds != null) {
            properties.put("kaohe.ingest.settle-seconds", settleSeconds);
        }
        // Taken before the application starts: a second ingest of the same home says so and does nothing.
        java.util.Optional<kaohe.ingest.IngestLock> early = kaohe.ingest.IngestLock.tryAcquire(options.home);
        if (early.isEmpty()) {
            spec.commandLine().getOut().println(new kaohe.ingest.IngestLock.Busy(options.home).getMessage());
            spec.commandLine().getOut().flush();
            return ExitStatus.DONE;
        }
        early.get().close();
        try (ConfigurableApplicationContext context = options.startApplication(properties)) {
            IngestSummary summary = context.getBean(IngestLauncher.class).run(dryRun);
            spec.commandLine().getOut().println(summary.text());
            if (summary.sealAlarm()) {
                spec.commandLine().getOut().flush();
                return ExitStatus.INVALID_INPUT;
            }
        } catch (kaohe.ingest.IngestLock.Busy busy) {
            spec.commandLine().getOut().println(busy.getMessage());
        }
        spec.commandLine().getOut().flush();
        return ExitStatus.DONE;
    }
}
