package kaohe.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import kaohe.office.RectificationReminders;
import kaohe.rectify.RectificationFollowUp;
import kaohe.rectify.RectificationIntake;
import kaohe.rectify.RectificationState;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code rectify status | ingest | remind}: the 整改 follow-up after publication. Who the published 通报 asked for a
 * written 整改 report and where each stands; the reports units drop into {@code <home>/rectification/inbox/<unit>/};
 * reminders to the overdue.
 */
@Command(name = "rectify", mixinStandardHelpOptions = true,
        description = "整改跟踪：已发布通报要求报送整改报告的单位及其报送情况；收取整改报告；催报逾期未报的单位。",
        subcommands = {RectifyCommand.Status.class, RectifyCommand.Ingest.class, RectifyCommand.Remind.class})
final class RectifyCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "rectify needs a sub-command: status, ingest or remind");
    }

    static void print(PrintWriter out, List<RectificationFollowUp> periods) {
        if (periods.isEmpty()) {
            out.println("已发布的通报没有要求任何单位报送整改报告。");
        }
        for (RectificationFollowUp period : periods) {
            out.println(period.period() + "（" + period.period().label() + "）须报送整改报告 " + period.states().size() + " 个单位：");
            for (RectificationState state : period.states()) {
                String file = state.report().map(kaohe.rectify.RectificationReport::storedPath).map(f -> "，" + f).orElse("");
                out.printf("  %-8s %-12s %-6s %s%s%n", state.due().unit(), state.due().unitName(), state.due().reason(), state.text(), file);
            }
        }
    }

    /** {@code rectify status [--period P]}. */
    @Command(name = "status", mixinStandardHelpOptions = true, description = "列出须报送整改报告的单位和各自的报送情况。")
    static final class Status implements Callable<Integer> {

        @Mixin
        CommonOptions options;

        @Option(names = "--period", paramLabel = "P", description = "只看这一期。默认：所有已发布的期")
        String period;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            Optional<kaohe.shared.Period> only = period == null ? Optional.empty() : Optional.of(CommandInput.period(period));
            try (var context = options.startApplication(Map.of())) {
                print(spec.commandLine().getOut(), context.getBean(RectificationReminders.class).followUp(only));
                spec.commandLine().getOut().flush();
            }
            return ExitStatus.DONE;
        }
    }

    /** {@code rectify ingest}. */
    @Command(name = "ingest", mixinStandardHelpOptions = true,
            description = "收取各单位放入 <home>/rectification/inbox/<单位编码>/ 的整改报告（PDF、Word、WPS、OFD 或扫描图片）。")
    static final class Ingest implements Callable<Integer> {

        @Mixin
        CommonOptions options;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            try (var context = options.startApplication(Map.of())) {
                RectificationIntake.Result result = context.getBean(RectificationIntake.class).run();
                PrintWriter out = spec.commandLine().getOut();
                out.println(result.text());
                result.lines().forEach(line -> out.println("  " + line));
                out.flush();
            }
            return ExitStatus.DONE;
        }
    }

    /** {@code rectify remind}. */
    @Command(name = "remind", mixinStandardHelpOptions = true,
            description = "列出逾期未报送整改报告的单位；配置了邮件时通知它们（每份逾期的报告只通知一次）。")
    static final class Remind implements Callable<Integer> {

        @Mixin
        CommonOptions options;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            try (var context = options.startApplication(Map.of())) {
                RectificationReminders.Reminded reminded = context.getBean(RectificationReminders.class).remind();
                PrintWriter out = spec.commandLine().getOut();
                out.println("逾期未报送整改报告 " + reminded.overdue().size() + " 个，发出催报邮件 " + reminded.mailed() + " 封。");
                reminded.overdue().forEach(s -> out.println("  " + s.due().period() + " " + s.due().unit() + " " + s.due().unitName() + "："
                        + s.text()));
                out.flush();
            }
            return ExitStatus.DONE;
        }
    }
}
