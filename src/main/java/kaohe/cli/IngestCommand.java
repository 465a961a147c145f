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
        description = "Process every file in <home>/inbox once: accept, reject with feedback, or recognise duplicates.")
final class IngestCommand implements Callable<Integer> {

    @Mixin
    CommonOptions options;

    @Option(names = "--dry-run", description = "Validate and write feedback to <home>/dry-run/ only; store and move nothing.")
    boolean dryRun;

    @Option(names = "--settle-seconds", paramLabel = "N",
            description = "Leave files modified in the last N seconds for the next run. Default: 5")
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
