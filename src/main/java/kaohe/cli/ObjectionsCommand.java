package kaohe.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.Callable;
import kaohe.office.ObjectionDesk;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code objections open | ingest | review | apply}: 征求意见 on a period's draft. The office opens it until a deadline
 * and sends each unit its 异议表; filled forms come back through {@code <home>/objections/inbox/}; the office answers
 * them in an 异议处理表, and each unit is mailed its answers once.
 */
@Command(name = "objections", mixinStandardHelpOptions = true,
        description = "征求意见与异议：下发各单位异议表并设截止日期；收取异议表；生成异议处理表；应用处理决定并答复各单位。",
        subcommands = {ObjectionsCommand.Open.class, ObjectionsCommand.Ingest.class, ObjectionsCommand.Review.class, ObjectionsCommand.Apply.class})
final class ObjectionsCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "objections needs a sub-command: open, ingest, review or apply");
    }

    /** {@code objections open --period P --until DATE}. */
    @Command(name = "open", mixinStandardHelpOptions = true,
            description = "对本期征求意见稿征求意见：为每个单位生成异议表（<home>/outbox/P/异议表/），截止日期前收取异议；配置了邮件时发给各单位。")
    static final class Open implements Callable<Integer> {

        @Mixin
        CommonOptions options;

        @Option(names = "--period", required = true, paramLabel = "P", description = "考核期，如 2019Q4")
        String period;

        @Option(names = "--until", required = true, paramLabel = "DATE", description = "异议截止日期（北京时间，含当日），如 2020-01-20")
        String until;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            var p = CommandInput.period(period);
            LocalDate deadline;
            try {
                deadline = LocalDate.parse(until.trim());
            } catch (java.time.format.DateTimeParseException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--until 应为日期，如 2020-01-20，而不是“" + until + "”");
            }
            try (var context = options.startApplication(Map.of())) {
                ObjectionDesk.Opened opened = context.getBean(ObjectionDesk.class).open(p, deadline);
                PrintWriter out = spec.commandLine().getOut();
                out.printf("%s 征求意见稿（第 %d 次评分）接受异议至 %s（北京时间，含当日）：异议表 %d 份在 %s，邮件 %d 封。%n", p, opened.runId(),
                        opened.deadline(), opened.forms(), opened.folder(), opened.mailed());
                out.println("各单位把填好的异议表放入 " + context.getBean(ObjectionDesk.class).inbox() + "/<单位编码>/，然后运行 objections ingest。");
                out.flush();
            }
            return ExitStatus.DONE;
        }
    }

    /** {@code objections ingest}. */
    @Command(name = "ingest", mixinStandardHelpOptions = true, description = "收取 <home>/objections/inbox/ 中填好的异议表。")
    static final class Ingest implements Callable<Integer> {

        @Mixin
        CommonOptions options;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            try (var context = options.startApplication(Map.of())) {
                ObjectionDesk.Taken taken = context.getBean(ObjectionDesk.class).ingest();
                PrintWriter out = spec.commandLine().getOut();
                out.println(taken.text());
                taken.lines().forEach(line -> out.println("  " + line));
                out.flush();
            }
            return ExitStatus.DONE;
        }
    }

    /** {@code objections review --period P}. */
    @Command(name = "review", mixinStandardHelpOptions = true,
            description = "生成本期异议处理表（<home>/outbox/P/异议处理表-P.xlsx）：每条异议旁是该项的本期值和得分，填写决定（采纳 / 不采纳）和理由。")
    static final class Review implements Callable<Integer> {

        @Mixin
        CommonOptions options;

        @Option(names = "--period", required = true, paramLabel = "P", description = "考核期，如 2019Q4")
        String period;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            var p = CommandInput.period(period);
            try (var context = options.startApplication(Map.of())) {
                Path file = context.getBean(ObjectionDesk.class).reviewWorkbook(p);
                spec.commandLine().getOut().println("异议处理表：" + file + "；填好后运行 objections apply " + file);
                spec.commandLine().getOut().flush();
            }
            return ExitStatus.DONE;
        }
    }

    /** {@code objections apply FILE}. */
    @Command(name = "apply", mixinStandardHelpOptions = true, description = "应用填好的异议处理表：记录决定，并把答复发给各单位（每份答复只发一次）。")
    static final class Apply implements Callable<Integer> {

        @Mixin
        CommonOptions options;

        @Parameters(paramLabel = "FILE", description = "填好的异议处理表")
        Path file;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            try (var context = options.startApplication(Map.of())) {
                ObjectionDesk.Applied applied = context.getBean(ObjectionDesk.class).apply(file);
                PrintWriter out = spec.commandLine().getOut();
                out.printf("采纳 %d 条，不采纳 %d 条，答复邮件 %d 封。%n", applied.adopted(), applied.rejected(), applied.mailed());
                if (applied.adopted() > 0) {
                    out.println("采纳的异议（请据此更正数据：退回修改、补报或调整加减分，然后重新考核 assess --period P）：");
                    applied.adoptedLines().forEach(line -> out.println("  " + line));
                }
                out.flush();
            }
            return ExitStatus.DONE;
        }
    }
}
