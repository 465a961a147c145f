package kaohe.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import kaohe.plan.Plan;
import kaohe.score.Explanation;
import kaohe.score.RankedUnit;
import kaohe.score.Ranking;
import kaohe.score.UnitAssessment;
import kaohe.score.UnitScorer;
import kaohe.shared.ItemCode;
import kaohe.shared.Period;
import kaohe.shared.UnitCode;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code explain --period P --unit CODE [--item CODE]}: how each score was reached, from the returns as stored now. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "说明一个单位本期各项得分的来由：数值及其来源单元格、目标、规则、完成度、权重、得分。")
final class ExplainCommand implements Callable<Integer> {

    @Mixin
    CommonOptions options;

    @Option(names = "--period", required = true, paramLabel = "P", description = "考核期，如 2019Q2")
    String period;

    @Option(names = "--unit", required = true, paramLabel = "CODE", description = "单位编码，如 330402 或 ZJJ")
    String unit;

    @Option(names = "--item", paramLabel = "CODE", description = "只说明这一项指标或任务")
    String item;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        CommandInput.period(period);
        try (ConfigurableApplicationContext context = options.startReading(Map.of())) {
            Plan plan = context.getBean(Plan.class);
            Period p = CommandInput.period(period, plan);
            if (context.getBean(kaohe.score.AssessmentStore.class).latestRun(plan.id(), p).isEmpty()) {
                // Scores of a period never assessed would be invented: zeros, ranks among nobody.
                throw new kaohe.shared.Refusal(p + " 还没有考核过：explain 说明一次考核的得分，请先运行 assess --period " + p);
            }
            var reporting = CommandInput.unit(unit, plan);
            UnitCode code = reporting.code();
            if (item != null && (!ItemCode.isValid(item) || plan.indicator(ItemCode.of(item)).isEmpty() && plan.task(ItemCode.of(item)).isEmpty())) {
                throw new kaohe.shared.Refusal("项目编码“" + item + "”不在计划 " + plan.id() + " 中");
            }
            UnitScorer scorer = context.getBean(UnitScorer.class);
            List<UnitAssessment> all = plan.units().stream().map(u -> scorer.assess(u, p)).toList();
            List<RankedUnit> everyone = Ranking.rank(all, plan.reporting().minimumRanked());
            RankedUnit ranked = everyone.stream().filter(r -> r.assessment().unit().code().equals(code)).findFirst().orElseThrow();
            // 共 N 个 counts the units ranked, as the reports do: one not ranked takes no place.
            long peers = everyone.stream().filter(r -> r.assessment().unit().peerGroup() == reporting.peerGroup() && r.rank() > 0).count();
            PrintWriter out = spec.commandLine().getOut();
            out.println(context.getBean(kaohe.plan.PlanStore.class).describe(plan));
            context.getBean(kaohe.score.AssessmentStore.class).latestVersion(plan.id(), p)
                    .filter(v -> !v.equals(plan.version()))
                    .ifPresent(v -> out.println("注意：本期最近一次评分用的是计划版本 " + v.substring(0, 12)
                            + "，与当前计划不同；以下按当前计划重新计算"));
            Explanation.lines(ranked, peers, p, item, plan.reporting().label(reporting.peerGroup())).forEach(out::println);
            context.getBean(kaohe.ingest.EvidenceFiles.class).ofPeriod(plan.id(), p).stream()
                    .filter(e -> e.unit().equals(code) && (item == null || e.item().value().equals(item)))
                    .forEach(e -> out.println("佐证材料 " + e.item() + "：" + e.originalName() + "（" + e.storedPath() + "）"));
            out.flush();
        }
        return ExitStatus.DONE;
    }
}
