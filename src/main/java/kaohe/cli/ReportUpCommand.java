package kaohe.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import kaohe.plan.Plan;
import kaohe.plan.PlanCatalog;
import kaohe.plan.PlanLoad;
import kaohe.plan.PlanLoader;
import kaohe.reportup.UpwardMapping;
import kaohe.reportup.UpwardReturn;
import kaohe.shared.DataFileProblem;
import kaohe.shared.Period;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code report-up --period P --to PLAN [--template FILE] [--out FILE]}: the city's own return to the parent plan. */
@Command(name = "report-up", mixinStandardHelpOptions = true,
        description = "Write the city's return to a parent plan (上报), filled from the city's accepted figures through the mapping in "
                + "the city plan's report-up/ folder; unmapped items are left blank for the clerk.")
final class ReportUpCommand implements Callable<Integer> {

    @Mixin
    CommonOptions options;

    @Option(names = "--period", required = true, paramLabel = "P", description = "Period, e.g. 2019Q4")
    String period;

    @Option(names = "--to", required = true, paramLabel = "PLAN", description = "The parent plan's id, e.g. zhejiang-2017-2019")
    String to;

    @Option(names = "--template", paramLabel = "FILE",
            description = "The blank template the parent office sent (kept sealed). Default: the parent plan's layout, unsealed")
    Path template;

    @Option(names = "--out", paramLabel = "FILE", description = "Output workbook. Default: <home>/outbox/P/report-up/<parent>-<unit>-P.xlsx")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Period p = CommandInput.period(period);
        Plan parent = plan(new PlanCatalog(options.plansDir).locate(to));
        try (var context = options.startReading(java.util.Map.of())) {
            Plan city = context.getBean(Plan.class);
            UpwardMapping mapping = UpwardMapping.load(options.planFolder(), city, parent);
            Path file = out != null ? out : options.home.resolve("outbox").resolve(p.toString()).resolve("report-up")
                    .resolve(parent.id() + "-" + mapping.unit() + "-" + p + ".xlsx");
            UpwardReturn.Written written = new UpwardReturn(city, parent, mapping, context.getBean(kaohe.ingest.AcceptedReturns.class))
                    .write(p, template, file);
            var printed = spec.commandLine().getOut();
            printed.printf("已生成 %s %s 上报表：%s%n", parent.id(), p, written.file());
            printed.printf("  已按对应表填写 %d 项%s%n", written.filled(), template == null ? "（未提供上级下发的模板，生成的报表不带防伪校验码）" : "");
            if (written.filled() == 0) {
                printed.println("注意：没有一项取得本市的数值（本期是否已接收各牵头单位的报表？--home 是否正确？），"
                        + "请填报人填写后再报送，否则上级会以“报表没有填写任何数据”退回");
            }
            if (!written.leftForClerk().isEmpty()) {
                printed.printf("  待填报人填写 %d 项：%n", written.leftForClerk().size());
                written.leftForClerk().forEach(line -> printed.println("    " + line));
            }
            printed.flush();
        }
        return ExitStatus.DONE;
    }

    private static Plan plan(Path folder) {
        PlanLoad load = new PlanLoader().load(folder);
        if (!load.isValid()) {
            throw new DataFileProblem("上级计划 " + folder.getFileName() + " 有问题，请先运行 plan check --plan " + folder.getFileName());
        }
        return load.plan();
    }
}
