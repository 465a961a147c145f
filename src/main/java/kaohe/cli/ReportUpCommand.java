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
        description = "生成本市报给上级计划的报表（上报）：按本市计划 report-up/ 中的对应表，用本市已采用的数据填写；没有对应的项目留空，由填报人填写。")
final class ReportUpCommand implements Callable<Integer> {

    @Mixin
    CommonOptions options;

    @Option(names = "--period", required = true, paramLabel = "P", description = "考核期，如 2019Q4")
    String period;

    @Option(names = "--to", required = true, paramLabel = "PLAN", description = "上级计划编号，如 zhejiang-2017-2019")
    String to;

    @Option(names = "--template", paramLabel = "FILE",
            description = "上级下发的空白模板（保留其防伪校验码）。默认：按上级计划的格式生成，不带校验码")
    Path template;

    @Option(names = "--out", paramLabel = "FILE", description = "输出工作簿。默认：<home>/outbox/P/report-up/<上级计划>-<单位>-P.xlsx")
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
