package kaohe.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import kaohe.office.PeriodPublisher;
import kaohe.shared.Period;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code publish --period P}: freezes P's latest assessment as its next published version. */
@Command(name = "publish", mixinStandardHelpOptions = true,
        description = "发布本期最近一次考核的结果：报告标为“正式发布”，存于 <home>/outbox/P/published/vN/，本期锁定，撤回前不再重新考核。")
final class PublishCommand implements Callable<Integer> {

    @Mixin
    CommonOptions options;

    @Option(names = "--period", required = true, paramLabel = "P", description = "考核期，如 2019Q4")
    String period;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Period p = CommandInput.period(period);
        try (ConfigurableApplicationContext context = options.startApplication(Map.of())) {
            PeriodPublisher.Published published = context.getBean(PeriodPublisher.class).publish(p);
            PrintWriter out = spec.commandLine().getOut();
            out.printf("%s 已发布第 %d 版（第 %d 次评分的结果），报告在 %s%n", p, published.version(), published.runId(), published.folder());
            out.flush();
        }
        return ExitStatus.DONE;
    }
}
