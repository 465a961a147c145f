package kaohe.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import kaohe.DatabaseSettings;
import kaohe.KaoheApplication;
import kaohe.demo.DemoQuarter;
import kaohe.job.AssessLauncher;
import kaohe.job.IngestLauncher;
import kaohe.plan.Plan;
import kaohe.report.Reminders;
import kaohe.score.RankedUnit;
import kaohe.shared.MovableClock;
import kaohe.shared.Period;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code demo}: a whole quarter end to end on the embedded database, in {@code <home>/demo}. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "在嵌入式数据库上完整演示一个季度（<home>/demo，先清空），并说明到哪里查看结果。")
final class DemoCommand implements Callable<Integer> {

    @Mixin
    CommonOptions options;

    @Option(names = "--period", paramLabel = "P", defaultValue = "2019Q4", description = "演示的季度。默认：${DEFAULT-VALUE}")
    String period;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Period p = CommandInput.period(period);
        Path home = options.home.resolve("demo").toAbsolutePath().normalize();
        OwnedFolder.wipe(home);
        PrintWriter out = spec.commandLine().getOut();
        out.println("演示：在 " + home + " 中走完 " + p + " 一个季度（嵌入式数据库）……");
        out.flush();
        Map<String, Object> properties = new java.util.LinkedHashMap<>(options.logging(home));
        properties.putAll(Map.of("kaohe.plans-dir", options.plansDir.toString(), "kaohe.plan", options.planFolder().toString(),
                "kaohe.ingest.settle-seconds", 0));
        try (ConfigurableApplicationContext context = KaoheApplication.start(home, DatabaseSettings.embedded(home), properties)) {
            DemoQuarter demo = new DemoQuarter(context.getBean(Plan.class), context.getBean(IngestLauncher.class),
                    context.getBean(AssessLauncher.class), context.getBean(Reminders.class), context.getBean(MovableClock.class), home,
                    context.getBean(kaohe.ingest.AcceptedReturns.class));
            // The quarter before is played first, so the reports have an earlier total and earlier values to show.
            Period before = p.previous();
            boolean earlier = context.getBean(Plan.class).covers(before);
            if (earlier) {
                demo.run(before);
            }
            DemoQuarter.Result result = demo.run(p);
            out.println();
            if (earlier) {
                out.println("0. 上一季度 " + before + " 已接收并考核（" + home.resolve("outbox").resolve(before.toString())
                        + "），本季度报告据此列出历次总分和滞后项目走势。");
            }
            out.println("1. 截止前两天接收：" + result.beforeDeadline().text());
            out.println("2. 催报（" + home.resolve("outbox").resolve(p.toString()).resolve("remind.csv") + "）：");
            result.reminders().forEach(line -> out.println("     " + line));
            out.println("3. 截止后三天接收：" + result.afterDeadline().text());
            out.println("4. 考核（征求意见稿，第 " + result.assessment().runId() + " 次评分）：" + result.assessment().units().size() + " 个单位，报告在 "
                    + result.assessment().outbox());
            result.assessment().cautions().forEach(line -> out.println("     注意：" + line));
            java.util.List<String> office = new kaohe.demo.DemoOffice(context.getBean(Plan.class), context.getBean(IngestLauncher.class),
                    context.getBean(AssessLauncher.class), context.getBean(kaohe.ingest.AcceptedReturns.class), context.getBean(kaohe.ingest.SubmittedReturns.class),
                    context.getBean(kaohe.office.ReviewDecisions.class), context.getBean(kaohe.office.PeriodPublisher.class),
                    context.getBean(MovableClock.class), home, context.getBean(kaohe.office.UnitCorrection.class),
                    context.getBean(kaohe.rectify.RectificationRecords.class), context.getBean(kaohe.rectify.RectificationIntake.class),
                    context.getBean(kaohe.office.ObjectionDesk.class), context.getBean(kaohe.office.Verification.class),
                    context.getBean(kaohe.ingest.EvidenceFiles.class)).run(p);
            for (int i = 0; i < office.size(); i++) {
                out.println((5 + i) + ". " + office.get(i));
            }
            Plan plan = context.getBean(Plan.class);
            kaohe.office.Publication published = context.getBean(kaohe.office.Publications.class).inForce(plan.id(), p.toString()).orElseThrow();
            List<RankedUnit> fin = kaohe.score.Ranking.rank(context.getBean(kaohe.score.AssessmentStore.class).load(published.runId(), plan),
                    plan.reporting().minimumRanked());
            out.println();
            out.println("考核结果（正式发布第 " + published.version() + " 版，即 published/v" + published.version() + "/ 中报告所示）：");
            DemoResults.print(out, plan, fin);
            List<String> changes = DemoResults.changes(result.assessment().units(), fin);
            if (!changes.isEmpty()) {
                out.println();
                out.println("与第 4 步的征求意见稿相比：");
                changes.forEach(line -> out.println("  " + line));
            }
            Path outbox = result.assessment().outbox();
            out.println();
            out.println("请查看：");
            out.println("  " + context.getBean(Plan.class).reporting().area() + "汇总报告   " + outbox.resolve("leadership.pdf") + "（第 1 页为通报，征求意见稿）；正式发布的在 " + outbox.resolve("published"));
            out.println("  通报 Word 稿   " + outbox.resolve("bulletin.docx") + "（供考核办修改后印发）");
            Plan played = context.getBean(Plan.class);
            String planOption = played.isDefault() ? "" : " --plan " + played.id();
            out.println("  审计记录       java -jar target/kaohe.jar status --home " + options.home.resolve("demo") + planOption + " --period " + p
                    + " --audit");
            out.println("  各单位报告     " + outbox.resolve("units"));
            out.println("  明细工作簿     " + outbox.resolve("assessment.xlsx"));
            out.println("  得分与总分     " + outbox.resolve("scores.csv") + "，" + outbox.resolve("totals.csv"));
            out.println("  空白模板       " + outbox.resolve("templates"));
            out.println("  退回与反馈     " + home.resolve("rejected"));
            out.println("  已接收的报表   " + home.resolve("archive").resolve(p.toString()));
            out.println("  得分如何得来   java -jar target/kaohe.jar explain --home " + options.home.resolve("demo") + planOption + " --period " + p
                    + " --unit " + played.unitsOf(kaohe.plan.PeerGroup.COUNTY).get(0));
            out.flush();
        }
        return ExitStatus.DONE;
    }
}
