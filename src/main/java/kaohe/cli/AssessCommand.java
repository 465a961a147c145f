package kaohe.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import kaohe.job.AssessLauncher;
import kaohe.score.RankedUnit;
import kaohe.shared.Period;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code assess --period P}: scores every unit for P and writes scores.csv and totals.csv to the outbox. */
@Command(name = "assess", mixinStandardHelpOptions = true,
        description = "对本期所有单位评分，并把结果和报告写到 <home>/outbox/P/。")
final class AssessCommand implements Callable<Integer> {

    @Mixin
    CommonOptions options;

    @Option(names = "--period", required = true, paramLabel = "P", description = "考核期，如 2019Q2")
    String period;

    @Option(names = "--anyway", description = "即使本期没有收到任何报表也进行考核（报告中会注明）。")
    boolean anyway;

    @Option(names = "--resend", description = "即使收件人已收到同样的结果，也重新发送报告。")
    boolean resend;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Period p = CommandInput.period(period);
        try (ConfigurableApplicationContext context = options.startApplication(Map.of())) {
            AssessLauncher.Result result = context.getBean(AssessLauncher.class).run(p, anyway, resend);
            PrintWriter out = spec.commandLine().getOut();
            out.printf("%s 考核完成（第 %d 次评分）：%d 个单位，结果在 %s%n", p, result.runId(), result.units().size(), result.outbox());
            result.cautions().forEach(line -> out.println("注意：" + line));
            for (RankedUnit unit : result.units()) {
                out.printf("  %-6s %-10s %7s  %-4s  %s%n", unit.assessment().unit().code(), unit.assessment().unit().name(),
                        unit.shownTotal() == null ? "—" : unit.shownTotal().toPlainString(),
                        unit.rating() == null ? "" : unit.rating().name(), unit.placeText());
            }
            out.flush();
        }
        return ExitStatus.DONE;
    }
}
