package kaohe.cli;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import kaohe.ingest.BaselineIntake;
import kaohe.plan.BaselineRequest;
import kaohe.plan.BaselinesFile;
import kaohe.plan.DeadlineRule;
import kaohe.plan.Plan;
import kaohe.plan.PlanLoad;
import kaohe.plan.PlanLoader;
import kaohe.plan.ReportingUnit;
import kaohe.shared.Decimals;
import kaohe.template.BaselineTemplate;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code baselines templates | ingest}: the 基数表 round. The office sends each unit the items the plan scores in full
 * for want of its baseline; filled tables dropped in {@code <home>/baselines/inbox/} are read like returns and their
 * values written into the plan's baselines.csv, so 序时进度 starts from them.
 */
@Command(name = "baselines", mixinStandardHelpOptions = true, description = "基数表：生成各单位的基数表；收取填好的基数表，写入计划的基数。",
        subcommands = {BaselinesCommand.Templates.class, BaselinesCommand.Ingest.class})
final class BaselinesCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "baselines needs a sub-command: templates or ingest");
    }

    private static Plan plan(CommonOptions options, CommandLine.Model.CommandSpec spec) {
        PlanLoad load = new PlanLoader().load(options.planFolder());
        if (!load.isValid()) {
            spec.commandLine().getErr().println("kaohe: the plan has problems; run 'plan check' to see them");
            return null;
        }
        return load.plan();
    }

    /** {@code baselines templates [--unit CODE] [--out DIR]}: one 基数表 per unit that owes a baseline. */
    @Command(name = "templates", mixinStandardHelpOptions = true, description = "为缺少基数的单位各生成一份基数表。")
    static final class Templates implements Callable<Integer> {

        @Mixin
        CommonOptions options;

        @Option(names = "--unit", paramLabel = "CODE", description = "只生成这个单位的。默认：所有缺少基数的单位")
        String unit;

        @Option(names = "--out", paramLabel = "DIR", description = "输出文件夹。默认：<home>/outbox/baselines/")
        Path out;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            Plan plan = plan(options, spec);
            if (plan == null) {
                return ExitStatus.INVALID_INPUT;
            }
            List<ReportingUnit> units = unit == null ? plan.units() : List.of(CommandInput.unit(unit, plan));
            Path folder = out != null ? out : options.home.resolve("outbox").resolve("baselines");
            List<String> written = new ArrayList<>();
            try (var context = options.startApplication(java.util.Map.of())) {
                kaohe.template.TemplateSeal seal = context.getBean(kaohe.template.SealKeys.class).checked().current().orElseThrow();
                BaselineTemplate template = new BaselineTemplate(plan, seal);
                Files.createDirectories(folder);
                for (ReportingUnit u : units) {
                    Path file = folder.resolve(u.code() + "-" + u.name() + "-基数表.xlsx");
                    boolean owes;
                    try (OutputStream stream = Files.newOutputStream(file)) {
                        owes = template.write(u, stream);
                    }
                    if (owes) {
                        written.add("  " + u.name() + "：" + String.join("、", BaselineRequest.owedBy(plan, u.code()).stream()
                                .map(i -> i.code().value()).toList()));
                    } else {
                        Files.delete(file);
                    }
                }
            }
            var printer = spec.commandLine().getOut();
            printer.printf("已生成 %d 份基数表（%d年底数值）：%s%n", written.size(), BaselineRequest.year(plan), folder);
            written.forEach(printer::println);
            if (written.isEmpty()) {
                printer.println("  各单位的基数均已具备，无需填报。");
            }
            printer.flush();
            return ExitStatus.DONE;
        }
    }

    /** {@code baselines ingest [--from DIR]}: every filled 基数表 in the folder, each accepted or sent back alone. */
    @Command(name = "ingest", mixinStandardHelpOptions = true, description = "收取填好的基数表，校验后写入计划的 baselines.csv。")
    static final class Ingest implements Callable<Integer> {

        private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

        @Mixin
        CommonOptions options;

        @Option(names = "--from", paramLabel = "DIR", description = "基数表所在文件夹。默认：<home>/baselines/inbox/")
        Path from;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            Plan plan = plan(options, spec);
            if (plan == null) {
                return ExitStatus.INVALID_INPUT;
            }
            Path base = options.home.resolve("baselines");
            Path inbox = from != null ? from : base.resolve("inbox");
            List<Path> files = new ArrayList<>();
            if (Files.isDirectory(inbox)) {
                try (Stream<Path> listed = Files.list(inbox)) {
                    listed.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("~$")).sorted().forEach(files::add);
                }
            }
            var printer = spec.commandLine().getOut();
            int accepted = 0;
            int refused = 0;
            try (var context = options.startApplication(java.util.Map.of())) {
                BaselineIntake intake = new BaselineIntake(plan, context.getBean(kaohe.ingest.IngestLimits.class),
                        context.getBean(kaohe.ingest.TemplateTrust.class));
                kaohe.audit.AuditTrail audit = context.getBean(kaohe.audit.AuditTrail.class);
                for (Path file : files) {
                    String name = file.getFileName().toString();
                    ZonedDateTime now = ZonedDateTime.now(DeadlineRule.PLAN_TIME);
                    BaselineIntake.Outcome outcome = intake.read(file, name);
                    if (outcome.accepted()) {
                        int year = BaselineRequest.year(plan);
                        List<BaselinesFile.Entry> entries = outcome.given().stream().map(g -> new BaselinesFile.Entry(g.indicator().code(),
                                outcome.unit().code(), year, g.value(), "基数表 " + name + " " + g.cell() + "（"
                                        + outcome.unit().name() + "报送，" + now.toLocalDate() + (g.note().isEmpty() ? "" : "；" + g.note()) + "）"))
                                .toList();
                        plan = BaselinesFile.merge(options.planFolder(), entries);
                        String values = String.join("、", outcome.given().stream()
                                .map(g -> g.indicator().code() + " " + Decimals.plain(g.value())).toList());
                        audit.record(plan.id(), BaselineTemplate.period(plan).toString(), outcome.unit().code().value(), 0,
                                kaohe.audit.AuditEvent.BASELINES_RECORDED, name + "：" + values);
                        move(file, base.resolve("archive"), now.format(STAMP) + "-" + name);
                        printer.printf("已收：%s（%s）%d 项基数：%s%n", name, outcome.unit().name(), outcome.given().size(), values);
                        accepted++;
                        intake = new BaselineIntake(plan, context.getBean(kaohe.ingest.IngestLimits.class),
                                context.getBean(kaohe.ingest.TemplateTrust.class));
                    } else {
                        Path rejected = move(file, base.resolve("rejected"), now.format(STAMP) + "-" + name);
                        Files.writeString(rejected.resolveSibling(rejected.getFileName() + ".反馈.txt"),
                                "基数表 " + name + " 未能收取：\n" + String.join("\n", outcome.problems()) + "\n请改正后重新报送。\n");
                        printer.printf("退回：%s%s：%s%n", name, outcome.unit() == null ? "" : "（" + outcome.unit().name() + "）",
                                String.join("；", outcome.problems()));
                        refused++;
                    }
                }
            }
            printer.printf("基数表：收取 %d 份，退回 %d 份%s%n", accepted, refused, accepted > 0 ? "；已写入计划的 baselines.csv（计划版本随之更新）" : "");
            printer.flush();
            return ExitStatus.DONE;
        }

        private static Path move(Path file, Path folder, String name) throws java.io.IOException {
            Files.createDirectories(folder);
            return Files.move(file, folder.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
