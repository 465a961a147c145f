package kaohe.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import kaohe.plan.Plan;
import kaohe.plan.PlanLoad;
import kaohe.plan.PlanLoader;
import kaohe.plan.ReportingUnit;
import kaohe.shared.Period;
import kaohe.shared.UnitCode;
import kaohe.template.TemplateFiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code templates --period P [--unit CODE] [--out DIR]}: one blank return per unit. */
@Command(name = "templates", mixinStandardHelpOptions = true,
        description = "生成本期空白报表模板，每个填报单位一份。")
final class TemplatesCommand implements Callable<Integer> {

    @Mixin
    CommonOptions options;

    @Option(names = "--period", required = true, paramLabel = "P", description = "考核期，如 2019Q2")
    String period;

    @Option(names = "--unit", paramLabel = "CODE", description = "只生成这个单位的。默认：所有单位")
    String unit;

    @Option(names = "--out", paramLabel = "DIR", description = "输出文件夹。默认：<home>/outbox/P/templates/")
    Path out;

    @Option(names = "--no-previous", description = "不填入上期已采用值（该列显示 —）")
    boolean withoutPrevious;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PlanLoad load = new PlanLoader().load(options.planFolder());
        if (!load.isValid()) {
            spec.commandLine().getErr().println("kaohe: the plan has problems; run 'plan check' to see them");
            return ExitStatus.INVALID_INPUT;
        }
        Plan plan = load.plan();
        Period p = CommandInput.period(period, plan);
        List<ReportingUnit> units = unit == null ? plan.units() : List.of(CommandInput.unit(unit, plan));
        Path folder = out != null ? out : options.home.resolve("outbox").resolve(p.toString()).resolve("templates");
        int written;
        // Always through the application: the batch is recorded with the fingerprint of the key that sealed it,
        // and a key is never made over templates already issued under a lost one.
        try (var context = options.startApplication(java.util.Map.of())) {
            kaohe.template.SealKeys keys = context.getBean(kaohe.template.SealKeys.class);
            kaohe.template.TemplateSeal seal = keys.checked().current().orElseThrow();
            kaohe.validate.PreviousReturns previous = withoutPrevious ? kaohe.validate.PreviousReturns.NONE
                    : context.getBean(kaohe.ingest.AcceptedReturns.class);
            try (kaohe.shared.Progress progress = context.getBean(kaohe.shared.ProgressBoard.class).open("templates", p + " 模板", units.size())) {
                written = TemplateFiles.writeAll(plan, seal, previous, p, units, folder, progress);
            }
            keys.issued(plan.id(), p, seal, written);
        }
        spec.commandLine().getOut().printf("已生成 %d 份 %s 报表模板：%s%n", written, p, folder);
        spec.commandLine().getOut().flush();
        return ExitStatus.DONE;
    }
}
