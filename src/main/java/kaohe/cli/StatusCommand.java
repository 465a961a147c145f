package kaohe.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.Callable;
import kaohe.ingest.SubmittedReturns;
import kaohe.job.JobHistory;
import kaohe.plan.DeadlineRule;
import kaohe.plan.Plan;
import kaohe.report.SubmissionState;
import kaohe.shared.Period;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code status [--period P]}: recent job runs, and each unit's submission state for P. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Show recent job runs and, with --period, each unit's submission state (on time, late, rejected, missing).")
final class StatusCommand implements Callable<Integer> {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(DeadlineRule.PLAN_TIME);

    @Mixin
    CommonOptions options;

    @Option(names = "--period", paramLabel = "P", description = "Also show submission state per unit for this period")
    String period;

    @Option(names = "--audit", description = "With --period: list every change of state of the period (审计记录)")
    boolean audit;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "20", description = "How many recent job runs. Default: ${DEFAULT-VALUE}")
    int runs;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Period p = period == null ? null : CommandInput.period(period);
        try (ConfigurableApplicationContext context = options.startReading(Map.of())) {
            PrintWriter out = spec.commandLine().getOut();
            out.println(context.getBean(kaohe.plan.PlanStore.class).describe(context.getBean(Plan.class)));
            out.println();
            out.println("最近的作业运行（job runs）:");
            out.printf("  %-6s %-16s %-19s %-19s %-10s %6s %6s %6s  %s%n", "id", "job", "start", "end", "status", "read", "written",
                    "skipped", "parameters");
            for (JobHistory.Run run : context.getBean(JobHistory.class).recent(runs)) {
                out.printf("  %-6d %-16s %-19s %-19s %-10s %6d %6d %6d  %s%n", run.id(), run.job(), when(run.start()), when(run.end()),
                        run.status(), run.read(), run.written(), run.skipped(), run.parameters());
            }
            java.util.List<kaohe.ingest.IngestFailures.Quarantined> quarantined = context.getBean(kaohe.ingest.IngestFailures.class).quarantined();
            if (!quarantined.isEmpty()) {
                out.println();
                out.println("隔离区（" + options.home.resolve("failed") + "）：" + quarantined.size()
                        + " 份文件多次因技术原因未能处理，已移出收件箱，需运维人员处理（见各文件旁的说明）:");
                for (kaohe.ingest.IngestFailures.Quarantined q : quarantined) {
                    out.printf("  inbox/%s  失败 %d 次  最后 %s  现存 %s  原因：%s%n", q.inboxPath(), q.attempts(), when(q.lastFailed()),
                            q.quarantinedPath(), q.lastError());
                }
            }
            if (p != null) {
                Plan plan = context.getBean(Plan.class);
                out.println();
                out.println(p + " 报送情况（截止 " + plan.deadline().deadline(p) + "）:");
                for (SubmissionState s : SubmissionState.of(plan, p, context.getBean(SubmittedReturns.class).submissions(plan.id(), p)).values()) {
                    out.printf("  %-6s %-10s %-4s %-8s %s%n", s.unit().code(), s.unit().name(), s.state().label(), s.state().text(),
                            s.current().map(c -> when(c.receivedAt()) + "  " + c.originalName()).orElse(""));
                }
                out.println();
                boolean unsettled = context.getBean(kaohe.office.PeriodPublisher.class).settleIfFree(p);
                out.println(p + " 发布情况：" + publication(context.getBean(kaohe.office.Publications.class).of(plan.id(), p.toString())));
                if (unsettled) {
                    out.println("注意：" + p + " 的考核或发布正在进行（或刚被中断）：outbox/" + p + "/ 中的文件可能尚未全部更新，"
                            + "请等它结束后再取用；中断的考核或发布会在下次 assess、publish、reopen 或 status 时补齐或撤销");
                }
                if (audit) {
                    out.println();
                    out.println(p + " 审计记录（时间为北京时间）:");
                    for (kaohe.audit.AuditEntry e : context.getBean(kaohe.audit.AuditTrail.class).of(plan.id(), p.toString())) {
                        out.printf("  %s  %-8s %-10s %s  %s%s%n", when(e.at()), e.unit().isEmpty() ? "—" : e.unit(), e.event().label(),
                                e.actor(), e.returnId() == 0 ? "" : "报表 " + e.returnId() + "  ", e.reason());
                    }
                }
            }
            out.flush();
        }
        return ExitStatus.DONE;
    }

    private static String publication(java.util.List<kaohe.office.Publication> versions) {
        if (versions.isEmpty()) {
            return "未发布（报告为征求意见稿）";
        }
        kaohe.office.Publication last = versions.get(versions.size() - 1);
        return last.isInForce()
                ? "已发布第 " + last.version() + " 版（" + when(last.publishedAt()) + "，" + last.publishedBy() + "）"
                : "第 " + last.version() + " 版已于 " + when(last.reopenedAt()) + " 撤回（" + last.reopenReason() + "），尚未重新发布";
    }

    private static String when(Instant instant) {
        return instant == null ? "—" : WHEN.format(instant);
    }
}
