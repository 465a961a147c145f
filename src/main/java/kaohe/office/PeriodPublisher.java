package kaohe.office;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import kaohe.audit.AuditEvent;
import kaohe.audit.AuditTrail;
import kaohe.plan.Plan;
import kaohe.report.AssessmentExport;
import kaohe.score.AssessmentStore;
import kaohe.shared.Period;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 发布 and 撤回: publishing freezes a period's latest assessment as a numbered version, written marked
 * 正式发布 into its own folder; until it is reopened, {@code assess} refuses the period, so returns that
 * come later are received and answered but change nothing published. A republished period keeps every
 * earlier version's files and record.
 */
@Component
public class PeriodPublisher {

    /** A step the period's state does not allow; the message says why, in Chinese. */
    public static final class NotAllowed extends kaohe.shared.Refusal {
        NotAllowed(String message) {
            super(message);
        }
    }

    public record Published(int version, long runId, Path folder) {
    }

    private final Plan plan;
    private final AssessmentStore assessments;
    private final Publications publications;
    private final AssessmentExport export;
    private final AuditTrail audit;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final PeriodLocks locks;
    private final kaohe.rectify.RectificationRecords rectification;

    PeriodPublisher(Plan plan, AssessmentStore assessments, Publications publications, AssessmentExport export, AuditTrail audit,
                    Clock clock, javax.sql.DataSource dataSource, PeriodLocks locks, kaohe.rectify.RectificationRecords rectification) {
        this.rectification = rectification;
        this.plan = plan;
        this.assessments = assessments;
        this.publications = publications;
        this.export = export;
        this.audit = audit;
        this.clock = clock;
        this.locks = locks;
        this.transaction = new TransactionTemplate(new org.springframework.jdbc.datasource.DataSourceTransactionManager(dataSource));
    }

    /**
     * Publishes the period's latest finished run as the next version, the period held against assess, publish
     * and reopen elsewhere: the version is staged, recorded, then put in place in one rename (see
     * {@code PublishedFolders}), so a kill at any point leaves no {@code vN/} or a whole, recorded one.
     */
    public Published publish(Period period) {
        try (PeriodLocks.Held held = locks.hold(period, "发布")) {
            settle(period);
            publications.inForce(plan.id(), period.toString()).ifPresent(p -> {
                throw new NotAllowed(period + " 已发布第 " + p.version() + " 版（" + p.publishedBy() + "）：如需改动，请先撤回（reopen --period "
                        + period + " --reason …），重新考核后再发布");
            });
            long runId = assessments.latestRun(plan.id(), period)
                    .orElseThrow(() -> new NotAllowed(period + " 还没有完成的考核：请先运行 assess --period " + period));
            int version = publications.of(plan.id(), period.toString()).size() + 1;
            Path staged = export.stagePublished(runId, period, version);
            List<kaohe.rectify.RectificationDue> owing = owing(staged, period, version);
            kaohe.shared.CrashPoints.reach("publish.staged");
            transaction.executeWithoutResult(status -> {
                int v = publications.publish(plan.id(), period.toString(), runId, clock.instant(), audit.actor());
                if (v != version) {
                    throw new IllegalStateException("period " + period + " got version " + v + " while " + version + " was staged");
                }
                audit.record(plan.id(), period.toString(), "", 0, AuditEvent.PUBLISHED, AssessmentExport.edition(v) + "，第 " + runId + " 次评分");
                rectification.recordDue(plan.id(), owing);
            });
            kaohe.shared.CrashPoints.reach("publish.recorded");
            Path folder = export.reveal(period, version);
            return new Published(version, runId, folder);
        }
    }

    /** Who the version's 通报 asks for a 整改 report: its rectify.csv, recorded with the publication for the follow-up. */
    private static List<kaohe.rectify.RectificationDue> owing(Path staged, Period period, int version) {
        try {
            return kaohe.rectify.RectifyCsv.read(staged.resolve("rectify.csv"), period, version);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public Publication reopen(Period period, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new NotAllowed("撤回发布须写明理由（--reason）");
        }
        try (PeriodLocks.Held held = locks.hold(period, "撤回")) {
            settle(period);
            Publication inForce = publications.inForce(plan.id(), period.toString())
                    .orElseThrow(() -> new NotAllowed(period + " 没有在发布状态的结果，无需撤回"));
            transaction.executeWithoutResult(status -> {
                publications.reopen(plan.id(), period.toString(), inForce.version(), clock.instant(), audit.actor(), reason.trim());
                audit.record(plan.id(), period.toString(), "", 0, AuditEvent.REOPENED, "撤回第 " + inForce.version() + " 版：" + reason.trim());
            });
            return inForce;
        }
    }

    /**
     * Completes or discards what an interrupted assess or publish of the period left in its folders. The
     * caller holds the period; {@link #settleIfFree} is for readers that must not wait.
     */
    public void settle(Period period) {
        export.settle(period, publications.of(plan.id(), period.toString()).stream().map(Publication::version)
                .collect(java.util.stream.Collectors.toSet()));
    }

    /**
     * For status: settles the period's folders when no assess, publish or reopen holds it, and says whether
     * they are still unsettled (one of those is running, or was killed and nothing has taken the period since).
     */
    public boolean settleIfFree(Period period) {
        java.util.Optional<PeriodLocks.Held> held = locks.tryHold(period);
        if (held.isPresent()) {
            try (PeriodLocks.Held h = held.get()) {
                settle(period);
            }
        }
        return export.unsettled(period);
    }
}
