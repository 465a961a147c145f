package kaohe.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import kaohe.report.Reminders;
import kaohe.report.SubmissionState;
import kaohe.shared.Period;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code remind --period P}: units with no accepted return for P (催报). */
@Command(name = "remind", mixinStandardHelpOptions = true,
        description = "催报：列出本期没有合格报表的单位，写出 remind.csv 和催报名单，配置了邮件时通知各单位。")
final class RemindCommand implements Callable<Integer> {

    @Mixin
    CommonOptions options;

    @Option(names = "--period", required = true, paramLabel = "P", description = "考核期，如 2019Q2")
    String period;

    @Option(names = "--resend", description = "即使已发过同样的催报，也重新发送。")
    boolean resend;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Period p = CommandInput.period(period);
        try (ConfigurableApplicationContext context = options.startReading(Map.of())) {
            Reminders reminders = context.getBean(Reminders.class);
            List<SubmissionState> due = reminders.remind(p, resend);
            PrintWriter out = spec.commandLine().getOut();
            reminders.lines(p, due).forEach(out::println);
            out.flush();
        }
        return ExitStatus.DONE;
    }
}
