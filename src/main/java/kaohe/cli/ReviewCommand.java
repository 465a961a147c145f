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
@Command(name = "review", mixinStandardHelpOptions = true,
        subcommands = {ReviewCommand.Apply.class, ReviewCommand.Sample.class, ReviewCommand.Verify.class},
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
                    context.getBean(SubmittedReturns.class)).withEvidence(context.getBean(kaohe.ingest.EvidenceFiles.class), options.home,
                    file.toAbsolutePath().getParent());
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

    /** {@code review sample --period P [--units N] [--items M] [--seed S]}: 核查 sample and its 核查表. */
    @Command(name = "sample", mixinStandardHelpOptions = true,
            description = "抽取核查样本：按种子可重现地抽取单位和报送值，生成核查表（<home>/outbox/P/核查表-P.xlsx）；种子和抽样结果记录在案。")
    static final class Sample implements Callable<Integer> {

        @Mixin
        CommonOptions options;

        @Option(names = "--period", required = true, paramLabel = "P", description = "考核期，如 2019Q4")
        String period;

        @Option(names = "--units", paramLabel = "N", description = "抽查的单位数。默认：已报送单位的五分之一，至少 1 个")
        Integer units;

        @Option(names = "--items", paramLabel = "M", description = "每个单位抽查的数值个数。默认：3")
        Integer items;

        @Option(names = "--seed", paramLabel = "S", description = "随机种子（整数），同一种子对同样的报表抽出同样的样本。默认：随机生成并记录")
        Long seed;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            Period p = CommandInput.period(period);
            try (ConfigurableApplicationContext context = options.startApplication(Map.of())) {
                kaohe.office.Verification.Drawn drawn = context.getBean(kaohe.office.Verification.class).sample(p,
                        java.util.Optional.ofNullable(units), java.util.Optional.ofNullable(items), java.util.Optional.ofNullable(seed));
                PrintWriter w = spec.commandLine().getOut();
                w.printf("%s 核查样本（种子 %d，%d 个单位，每单位 %d 项）：%n", p, drawn.seed(), drawn.units(), drawn.items());
                drawn.sampled().forEach(s -> w.printf("  %-8s %-6s %s%n", s.unit(), s.item(), kaohe.shared.Decimals.plain(s.reported())));
                w.printf("核查表：%s；填写核查结论后运行 review verify %s%n", drawn.workbook(), drawn.workbook());
                w.flush();
            }
            return ExitStatus.DONE;
        }
    }

    /** {@code review verify FILE}: records the 核查表's verdicts. */
    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = "记录填好的核查表中的核查结论：核减的按核减后数值计分，不属实的按未报计分；重新考核后生效。")
    static final class Verify implements Callable<Integer> {

        @Mixin
        CommonOptions options;

        @Parameters(paramLabel = "FILE", description = "填好的核查表")
        Path file;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext context = options.startApplication(Map.of())) {
                kaohe.office.Verification.Verified verified = context.getBean(kaohe.office.Verification.class).verify(file);
                PrintWriter w = spec.commandLine().getOut();
                w.printf("记录核查结论 %d 项：核减 %d 项，不属实 %d 项。重新考核（assess）后按核查结论计分。%n", verified.decided(), verified.reduced(),
                        verified.untrue());
                if (!verified.untrueLines().isEmpty()) {
                    w.println("不属实的，如需通报批评，可在 adjustments/P.csv 中加减分（填上分值和文号）：");
                    verified.untrueLines().forEach(line -> w.println("  " + line));
                }
                w.flush();
            }
            return ExitStatus.DONE;
        }
    }
}
