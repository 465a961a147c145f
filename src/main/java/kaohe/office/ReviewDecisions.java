package kaohe.office;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import kaohe.audit.AuditEvent;
import kaohe.audit.AuditTrail;
import kaohe.ingest.AcceptedReturns;
import kaohe.ingest.CurrentReturn;
import kaohe.ingest.ReturnRevision;
import kaohe.plan.Plan;
import kaohe.report.MailLog;
import kaohe.report.ReportMailer;
import kaohe.shared.Period;
import kaohe.shared.UnitCode;
import kaohe.shared.UtcTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies a filled-in 审核表: every decision is checked first, and the whole workbook is refused when any
 * return it names is no longer current (the unit sent a new one since), so no decision is taken on
 * figures the office did not see. 通过 is recorded; 退回修改 takes the return out of scoring until a
 * corrected one is accepted, and the unit is told why. Each decision goes to the audit trail.
 */
@Component
public class ReviewDecisions {

    /** One decision of the workbook. */
    public record Decision(UnitCode unit, long returnId, boolean approve, String reason) {
    }

    /** The office's 核实 or 不予认定 of one task of a return, from the 审核表's 任务核实 sheet. */
    public record TaskCheck(UnitCode unit, long returnId, kaohe.shared.ItemCode item, boolean recognised, String reason) {
    }

    public record Applied(Period period, List<Decision> decisions, int notified, List<TaskCheck> checks) {

        public Applied(Period period, List<Decision> decisions, int notified) {
            this(period, decisions, notified, List.of());
        }

        public long returned() {
            return decisions.stream().filter(d -> !d.approve()).count();
        }
    }

    private final Plan plan;
    private final AcceptedReturns returns;
    private final ReturnRevision revision;
    private final AuditTrail audit;
    private final ReportMailer mailer;
    private final Clock clock;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    private final kaohe.score.Verifications verifications;

    ReviewDecisions(Plan plan, AcceptedReturns returns, ReturnRevision revision, AuditTrail audit, ReportMailer mailer, Clock clock,
                    javax.sql.DataSource dataSource, kaohe.score.Verifications verifications) {
        this.verifications = verifications;
        this.plan = plan;
        this.returns = returns;
        this.revision = revision;
        this.audit = audit;
        this.mailer = mailer;
        this.clock = clock;
        this.jdbc = JdbcClient.create(dataSource);
        this.transaction = new TransactionTemplate(new org.springframework.jdbc.datasource.DataSourceTransactionManager(dataSource));
    }

    public Applied apply(Path file) {
        FilledReviewWorkbook filled = FilledReviewWorkbook.read(file, plan);
        Period period = filled.period();
        List<Decision> decisions = filled.decisions();
        Map<String, Long> current = returns.currentReturns(plan.id(), period).stream()
                .collect(Collectors.toMap(CurrentReturn::unitCode, CurrentReturn::id));
        Map<Long, String> unitOf = new java.util.HashMap<>();
        current.forEach((unit, id) -> unitOf.put(id, unit));
        List<String> stale = new ArrayList<>();
        for (TaskCheck c : filled.checks()) {
            if (!unitOf.containsKey(c.returnId())) {
                stale.add(c.unit() + " 的第 " + c.returnId() + " 号报表已不是当前报表");
            }
        }
        for (Decision d : decisions) {
            String holder = unitOf.get(d.returnId());
            if (holder != null && !holder.equals(d.unit().value())) {
                throw new kaohe.shared.Refusal("审核表中第 " + d.returnId() + " 号报表是 " + holder + " 的，但那一行的单位编码写着 " + d.unit()
                        + "：没有应用任何决定，请重新生成审核表");
            }
            if (holder == null) {
                Long now = current.get(d.unit().value());
                stale.add(d.unit() + (now != null ? " 之后又报送了第 " + now + " 号报表" : " 的第 " + d.returnId() + " 号报表已不是当前报表"));
            }
        }
        if (!stale.isEmpty()) {
            throw new kaohe.shared.Refusal("审核表已过时，没有应用任何决定：" + String.join("；", stale)
                    + "。请重新生成审核表（review --period " + period + "）后再审核");
        }
        transaction.executeWithoutResult(status -> {
            for (Decision d : decisions) {
                jdbc.sql("INSERT INTO review_decision (return_id, plan_id, period_code, unit_code, decision, reason, actor, decided_utc) "
                                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                        .params(d.returnId(), plan.id(), period.toString(), d.unit().value(), d.approve() ? "APPROVED" : "RETURNED",
                                d.reason(), audit.actor(), UtcTime.column(clock.instant()))
                        .update();
                if (!d.approve()) {
                    revision.returnForRevision(d.returnId());
                }
                audit.record(plan.id(), period.toString(), d.unit().value(), d.returnId(),
                        d.approve() ? AuditEvent.APPROVED : AuditEvent.RETURNED_FOR_REVISION, d.reason());
            }
            for (TaskCheck c : filled.checks()) {
                verifications.checkTask(plan.id(), period, c.unit(), c.item(), c.returnId(), c.recognised(), c.reason(), audit.actor(), clock.instant());
                audit.record(plan.id(), period.toString(), c.unit().value(), c.returnId(), AuditEvent.TASK_VERIFIED,
                        c.item() + " " + (c.recognised() ? "核实" : "不予认定") + (c.reason().isEmpty() ? "" : "：" + c.reason()));
            }
        });
        int notified = 0;
        for (Decision d : decisions) {
            if (!d.approve()) {
                String name = plan.unit(d.unit()).map(u -> u.name()).orElse(d.unit().value());
                notified += mailer.notifyUnit(period, d.unit(), MailLog.Kind.REVISION, d.returnId() + "|" + d.reason(),
                        period + " 考核报表退回修改（" + name + "）",
                        name + "：\n" + plan.name() + " " + period + " 考核报表（第 " + d.returnId() + " 号）经考核办审核退回修改，理由：\n"
                                + d.reason() + "\n请改正后重新报送；改正的报表被接收之前，本期按未报送计分。", Optional.empty());
            }
        }
        return new Applied(period, decisions, notified, filled.checks());
    }
}
