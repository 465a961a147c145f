package kaohe.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import kaohe.plan.Plan;
import kaohe.plan.PlanLoad;
import kaohe.plan.PlanLoader;
import kaohe.plan.PlanProblem;
import kaohe.plan.ReportingUnit;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code plan check}: exit 0 when the plan is valid, 1 with every problem and its location. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "检查计划文件，列出每个问题及其所在文件和行。")
final class PlanCheckCommand implements Callable<Integer> {

    @Mixin
    CommonOptions options;

    @Option(names = "--units", description = "同时列出每个单位的考核项目和满分。")
    boolean listUnits;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Path folder = options.planFolder();
        PrintWriter out = spec.commandLine().getOut();
        PlanLoad load = new PlanLoader().load(folder);
        if (!load.isValid()) {
            for (PlanProblem problem : load.problems()) {
                out.println(folder.getFileName() + "/" + problem);
            }
            out.printf("计划 %s 有 %d 处问题，请逐条修改后重新检查。%n", folder.getFileName(), load.problems().size());
            out.flush();
            return ExitStatus.INVALID_INPUT;
        }
        kaohe.report.Rectification rectification;
        try {
            rectification = kaohe.report.Rectification.of(folder);
        } catch (kaohe.shared.DataFileProblem e) {
            out.println(folder.getFileName() + "/" + e.getMessage());
            out.printf("计划 %s 有 1 处问题，请修改后重新检查。%n", folder.getFileName());
            out.flush();
            return ExitStatus.INVALID_INPUT;
        }
        Plan plan = load.plan();
        out.printf("计划 %s 检查通过（版本 %s）：%d 个指标、%d 个年度目标、%d 项任务、%d 个填报单位，考核期 %s–%s。%n",
                plan.id(), plan.version().substring(0, 12), plan.indicators().size(),
                plan.indicators().stream().mapToInt(i -> i.targets().size()).sum(), plan.tasks().size(),
                plan.units().size(), plan.start(), plan.end());
        out.println(rectification.text() + "。");
        if (!plan.unitTargets().isEmpty()) {
            long pending = plan.unitTargets().stream().filter(t -> t.target().pending()).count();
            out.printf("单位目标（目标分解）%d 个%s。%n", plan.unitTargets().size(),
                    pending == 0 ? "" : "，其中 " + pending + " 个待考核办填写，填写前相应单位的该项暂不考核");
        }
        if (listUnits) {
            for (ReportingUnit unit : plan.units()) {
                out.printf("  %-6s %-10s 指标 %3d 项，任务 %2d 项，满分权重 %s%n", unit.code(), unit.name(),
                        plan.indicatorsReportedBy(unit.code()).count(), plan.tasksReportedBy(unit.code()).count(),
                        plan.weightOf(unit.code()).toPlainString());
            }
        }
        out.flush();
        return ExitStatus.DONE;
    }
}
