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
        description = "查看最近的作业；带 --period 时列出该期各单位的报送情况（按时、迟报、退回未改、未报送）。")
final class StatusCommand implements Callable<Integer> {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(DeadlineRule.PLAN_TIME);

    @Mixin
    CommonOptions options;

    @Option(names = "--period", paramLabel = "P", description = "同时列出该考核期各单位的报送情况")
    String period;

    @Option(names = "--audit", description = "与 --period 同用：列出该期的审计记录（每次状态变化）")
    boolean audit;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "20", description = "列出最近多少次作业。默认：${DEFAULT-VALUE}")
    int runs;


    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Period p = period == null ? null : CommandInput.period(period);
        try (ConfigurableApplicationContext context = options.startReading(Map.of())) {
            PrintWriter out = spec.commandLine().getOut();
            out.println(context.getBean(kaohe.plan.PlanStore.class).describe(context.getBean(Plan.class)));
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
                period(out, context, p);
            }
            jobs(out, context);
            out.flush();
        }
        return ExitStatus.DONE;
    }

    /** The period as the office reads it: the counts on one line, then each state's units by name. */
    private void period(PrintWriter out, ConfigurableApplicationContext context, Period p) {
        Plan plan = context.getBean(Plan.class);
        java.util.Collection<SubmissionState> states = SubmissionState.of(plan, p,
                context.getBean(SubmittedReturns.class).submissions(plan.id(), p)).values();
        Map<SubmissionState.State, java.util.List<SubmissionState>> byState = new java.util.EnumMap<>(SubmissionState.State.class);
        for (SubmissionState.State state : SubmissionState.State.values()) {
            byState.put(state, new java.util.ArrayList<>());
        }
        states.forEach(s -> byState.get(s.state()).add(s));
        boolean unsettled = context.getBean(kaohe.office.PeriodPublisher.class).settleIfFree(p);
        java.util.List<kaohe.office.Publication> versions = context.getBean(kaohe.office.Publications.class).of(plan.id(), p.toString());
        out.println();
        out.println(p.label() + "（" + p + "）报送截止 " + plan.deadline().deadline(p) + "（北京时间）");
        out.println("  " + String.join("，", java.util.Arrays.stream(SubmissionState.State.values())
                .map(state -> state.label() + " " + byState.get(state).size()).toList()) + "；" + publication(versions));
        for (SubmissionState.State state : SubmissionState.State.values()) {
            java.util.List<SubmissionState> units = byState.get(state);
            if (units.isEmpty()) {
                continue;
            }
            out.println();
            out.println(state.label() + "（" + units.size() + "）：");
            for (SubmissionState s : units) {
                String detail = s.current().map(c -> when(c.receivedAt()) + " 收到  " + c.originalName())
                        .orElse(s.rejected() > 0 ? "已退回 " + s.rejected() + " 份，最后一次 " + when(s.lastSubmission().orElse(null)) : "");
                out.println("  " + Columns.left(s.unit().name(), 22) + Columns.left(s.unit().code().value(), 8) + detail);
            }
        }
        if (unsettled) {
            out.println();
            out.println("注意：" + p + " 的考核或发布正在进行（或刚被中断）：outbox/" + p + "/ 中的文件可能尚未全部更新，"
                    + "请等它结束后再取用；中断的考核或发布会在下次 assess、publish、reopen 或 status 时补齐或撤销");
        }
        if (audit) {
            out.println();
            out.println("审计记录（时间为北京时间）：");
            for (kaohe.audit.AuditEntry e : context.getBean(kaohe.audit.AuditTrail.class).of(plan.id(), p.toString())) {
                String unit = e.unit().isEmpty() ? "—" : plan.unit(kaohe.shared.UnitCode.of(e.unit())).map(u -> u.name()).orElse(e.unit());
                out.println(auditLine(when(e.at()), unit, e.event(), e.actor(), e.returnId(), e.reason()));
            }
        }
    }

    /** One line of the audit trail: the event column as wide as the longest word for an event and one space more, so who did it lines up. */
    static String auditLine(String when, String unit, kaohe.audit.AuditEvent event, String actor, long returnId, String reason) {
        int eventColumns = 1 + java.util.Arrays.stream(kaohe.audit.AuditEvent.values()).mapToInt(ev -> Columns.width(ev.label())).max().orElse(10);
        return "  " + when + "  " + Columns.left(unit, 14) + Columns.left(event.label(), eventColumns) + Columns.left(actor, 14)
                + (returnId == 0 ? "" : "第 " + returnId + " 号报表  ") + reason;
    }

    /** The recent runs in the office's words; run ids and Spring Batch's parameters only with --verbose. */
    private void jobs(PrintWriter out, ConfigurableApplicationContext context) {
        out.println();
        out.println("最近的作业：");
        out.println("  " + (options.verbose ? Columns.left("编号", 7) : "") + Columns.left("作业", 12) + Columns.left("开始", 20) + Columns.left("结束", 20)
                + Columns.left("状态", 10) + Columns.right("读", 6) + Columns.right("写", 6) + Columns.right("跳过", 6) + (options.verbose ? "  参数" : ""));
        for (JobHistory.Run run : context.getBean(JobHistory.class).recent(runs)) {
            out.println("  " + (options.verbose ? Columns.left(Long.toString(run.id()), 7) : "") + Columns.left(jobName(run.job()), 12)
                    + Columns.left(when(run.start()), 20) + Columns.left(when(run.end()), 20) + Columns.left(statusName(run.status()), 10)
                    + Columns.right(Long.toString(run.read()), 6) + Columns.right(Long.toString(run.written()), 6)
                    + Columns.right(Long.toString(run.skipped()), 6) + (options.verbose ? "  " + run.parameters() : ""));
        }
    }

    static String jobName(String job) {
        return switch (job) {
            case "ingest-returns" -> "接收报表";
            case "assess-period" -> "考核评分";
            default -> job;
        };
    }

    static String statusName(String status) {
        return switch (status == null ? "" : status) {
            case "COMPLETED" -> "完成";
            case "FAILED" -> "失败";
            case "STARTED", "STARTING" -> "运行中";
            case "STOPPING" -> "正在停止";
            case "STOPPED" -> "已停止";
            case "ABANDONED" -> "已放弃";
            default -> status == null ? "—" : status;
        };
    }

    private static String publication(java.util.List<kaohe.office.Publication> versions) {
        if (versions.isEmpty()) {
            return "未发布（报告为征求意见稿）";
        }
        kaohe.office.Publication last = versions.get(versions.size() - 1);
        return last.isInForce()
                ? "已发布第 " + last.version() + " 版（" + when(last.publishedAt()) + "，" + person(last.publishedBy()) + "）"
                : "第 " + last.version() + " 版已于 " + when(last.reopenedAt()) + " 撤回（" + last.reopenReason() + "），尚未重新发布";
    }

    /** Who did it, as recorded: the configured kaohe.actor, or else the system account, said as such. */
    private static String person(String recorded) {
        return recorded.equals(System.getProperty("user.name")) ? "系统账户 " + recorded + "（未配置 KAOHE_ACTOR）" : recorded;
    }

    private static String when(Instant instant) {
        return instant == null ? "—" : WHEN.format(instant);
    }
}
