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
        description = "撤回已发布的结果，以便重新考核、重新发布；已发布的文件保留。")
final class ReopenCommand implements Callable<Integer> {

    @Mixin
    CommonOptions options;

    @Option(names = "--period", required = true, paramLabel = "P", description = "考核期，如 2019Q4")
    String period;

    @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "撤回理由，记入审计记录")
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
