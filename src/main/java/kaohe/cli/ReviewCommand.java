package kaohe.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import kaohe.ingest.AcceptedReturns;
import kaohe.ingest.SubmittedReturns;
import kaohe.office.ReviewDecisions;
import kaohe.office.ReviewWorkbook;
import kaohe.plan.Plan;
import kaohe.shared.AtomicFiles;
import kaohe.shared.Period;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code review --period P} writes 审核表.xlsx; {@code review apply FILE} applies the office's decisions. */
@Command(name = "review", mixinStandardHelpOptions = true, subcommands = ReviewCommand.Apply.class,
        description = "生成本期审核表：每份当前报表与上期和同类单位对照，附“决定”列（通过 / 退回修改）。")
final class ReviewCommand implements Callable<Integer> {

    @Mixin
    CommonOptions options;

    // Not required by picocli: `review apply FILE` passes through this command without a period.
    @Option(names = "--period", paramLabel = "P", description = "考核期，如 2019Q4（生成审核表时必填）")
    String period;

    @Option(names = "--out", paramLabel = "FILE", description = "输出文件。默认：<home>/outbox/P/审核表-P.xlsx")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (period == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Missing required option: '--period=P'");
        }
        Period p = CommandInput.period(period);
        Path file = out != null ? out : options.home.resolve("outbox").resolve(p.toString()).resolve("审核表-" + p + ".xlsx");
        try (ConfigurableApplicationContext context = options.startReading(Map.of())) {
            ReviewWorkbook workbook = new ReviewWorkbook(context.getBean(Plan.class), context.getBean(AcceptedReturns.class),
                    context.getBean(SubmittedReturns.class));
            int[] count = new int[1];
            Files.createDirectories(file.toAbsolutePath().getParent());
            AtomicFiles.write(file, o -> count[0] = workbook.write(p, o));
            PrintWriter w = spec.commandLine().getOut();
            w.printf("已生成 %s 审核表（%d 份当前报表）：%s%n在“审核”表的“决定”列选择 通过 或 退回修改（须写理由），保存后运行 review apply %s%n",
                    p, count[0], file, file);
            w.flush();
        }
        return ExitStatus.DONE;
    }

    @Command(name = "apply", mixinStandardHelpOptions = true,
            description = "应用填好的审核表中的决定：退回修改的报表不再计分，并通知该单位。")
    static final class Apply implements Callable<Integer> {

        @Mixin
        CommonOptions options;

        @Parameters(paramLabel = "FILE", description = "填好的审核表")
        Path file;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext context = options.startReading(Map.of())) {
                ReviewDecisions.Applied applied = context.getBean(ReviewDecisions.class).apply(file);
                PrintWriter w = spec.commandLine().getOut();
                w.printf("%s 审核：%d 份通过，%d 份退回修改（已通知 %d 个收件人）%n", applied.period(),
                        applied.decisions().size() - applied.returned(), applied.returned(), applied.notified());
                applied.decisions().stream().filter(d -> !d.approve())
                        .forEach(d -> w.printf("  退回修改 %s 第 %d 号报表：%s%n", d.unit(), d.returnId(), d.reason()));
                w.flush();
            }
            return ExitStatus.DONE;
        }
    }
}
