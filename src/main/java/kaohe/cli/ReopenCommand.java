package kaohe.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import kaohe.office.Publication;
import kaohe.office.PeriodPublisher;
import kaohe.shared.Period;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code reopen --period P --reason TEXT}: withdraws P's published version so it can be assessed again. */
@Command(name = "reopen", mixinStandardHelpOptions = true,
        description = "Reopen a published period (撤回发布) so that it can be assessed and published again; the published files stay.")
final class ReopenCommand implements Callable<Integer> {

    @Mixin
    CommonOptions options;

    @Option(names = "--period", required = true, paramLabel = "P", description = "Period, e.g. 2019Q4")
    String period;

    @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why it is reopened; stored in the audit trail")
    String reason;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Period p = CommandInput.period(period);
        try (ConfigurableApplicationContext context = options.startApplication(Map.of())) {
            Publication withdrawn = context.getBean(PeriodPublisher.class).reopen(p, reason);
            spec.commandLine().getOut().printf("%s 第 %d 版已撤回（理由：%s）；已发布的文件保留。可重新考核后再发布。%n", p, withdrawn.version(), reason.trim());
            spec.commandLine().getOut().flush();
        }
        return ExitStatus.DONE;
    }
}
