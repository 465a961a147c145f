package kaohe.office;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import kaohe.audit.AuditEvent;
import kaohe.audit.AuditTrail;
import kaohe.plan.Plan;
import kaohe.plan.ReportingUnit;
import kaohe.report.AssessmentExport;
import kaohe.score.AssessmentStore;
import kaohe.score.RankedUnit;
import kaohe.score.Ranking;
import kaohe.score.UnitAssessment;
import kaohe.score.UnitScorer;
import kaohe.shared.Decimals;
import kaohe.shared.Period;
import kaohe.shared.UnitCode;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 更正: corrects one unit's result in the published version in force without re-issuing the period. The
 * unit is scored again from what is stored now (a return accepted after publication, a changed adjustment);
 * every other unit keeps its published score. The corrected results are stored as a new scoring run, and
 * the unit's report and a 更正说明 go into {@code outbox/P/corrections/vN-更正K/}; the version's own folder
 * and record stay as they were. Each correction is recorded and audited; a later one builds on the last.
 */
@Component
public class UnitCorrection {

    /** What one correction did and where its files are. */
    public record Corrected(int version, int sequence, Path folder, CorrectionNotice notice) {
    }

    private final Plan plan;
    private final Publications publications;
    private final Corrections corrections;
    private final AssessmentStore store;
    private final UnitScorer scorer;
    private final AssessmentExport export;
    private final PeriodPublisher publisher;
    private final PeriodLocks locks;
    private final AuditTrail audit;
    private final Clock clock;
    private final TransactionTemplate transaction;

    UnitCorrection(Plan plan, Publications publications, Corrections corrections, AssessmentStore store, UnitScorer scorer,
                   AssessmentExport export, PeriodPublisher publisher, PeriodLocks locks, AuditTrail audit, Clock clock,
                   javax.sql.DataSource dataSource) {
        this.plan = plan;
        this.publications = publications;
        this.corrections = corrections;
        this.store = store;
        this.scorer = scorer;
        this.export = export;
        this.publisher = publisher;
        this.locks = locks;
        this.audit = audit;
        this.clock = clock;
        this.transaction = new TransactionTemplate(new org.springframework.jdbc.datasource.DataSourceTransactionManager(dataSource));
    }

    public Corrected correct(Period period, UnitCode code, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new PeriodPublisher.NotAllowed("更正须写明理由（--reason），理由写入更正说明和审计记录");
        }
        ReportingUnit unit = plan.unit(code).orElseThrow(() -> new PeriodPublisher.NotAllowed("计划 " + plan.id() + " 中没有单位 " + code));
        try (PeriodLocks.Held held = locks.hold(period, "更正")) {
            publisher.settle(period);
            Publication inForce = publications.inForce(plan.id(), period.toString()).orElseThrow(() -> new PeriodPublisher.NotAllowed(
                    period + " 没有在发布状态的结果：未发布的考核直接重新考核（assess --period " + period + "）即可，无需更正"));
            List<Corrections.Correction> earlier = corrections.of(plan.id(), period.toString(), inForce.version());
            earlier.forEach(c -> export.settleCorrection(period, c.version(), c.sequence()));
            long baseRun = earlier.isEmpty() ? inForce.runId() : earlier.get(earlier.size() - 1).runId();
            List<UnitAssessment> base = store.load(baseRun, plan);
            List<UnitAssessment> corrected = new ArrayList<>();
            UnitAssessment again = scorer.assess(unit, period);
            boolean placed = false;
            for (UnitAssessment a : base) {
                placed |= a.unit().code().equals(code);
                corrected.add(a.unit().code().equals(code) ? again : a);
            }
            if (!placed) {
                corrected.add(again);
            }
            int minimum = plan.reporting().minimumRanked();
            int sequence = earlier.size() + 1;
            java.time.LocalDate issued = java.time.LocalDate.ofInstant(clock.instant(), kaohe.plan.DeadlineRule.PLAN_TIME);
            CorrectionNotice notice = new CorrectionNotice(plan.reporting().subject(), period.toString(), inForce.version(), sequence, code, reason.trim(),
                    issued, Ranking.rank(placed ? base : withUnscored(base, unit), minimum), Ranking.rank(corrected, minimum));
            if (!notice.changesAnything()) {
                throw new PeriodPublisher.NotAllowed(unit.name() + " 重新评分后的结果与已发布的第 " + inForce.version() + " 版"
                        + (earlier.isEmpty() ? "" : "（含已有的 " + earlier.size() + " 次更正）") + "相同，无需更正");
            }
            long runId = store.startRun(plan, period, clock.instant());
            store.saveAll(runId, corrected);
            export.stageCorrection(runId, period, inForce.version(), sequence, code, notice.title(), notice.paragraphs());
            kaohe.shared.CrashPoints.reach("correct.staged");
            Corrections.Correction record = new Corrections.Correction(inForce.version(), sequence, code, runId,
                    total(notice.unitBefore()), total(notice.unitAfter()), reason.trim(), audit.actor(), clock.instant());
            transaction.executeWithoutResult(status -> {
                store.finishRun(runId, clock.instant());
                corrections.record(plan.id(), period.toString(), record);
                audit.record(plan.id(), period.toString(), code.value(), 0, AuditEvent.CORRECTED, "第 " + inForce.version() + " 版第 " + sequence
                        + " 次更正：总分 " + record.totalBefore() + " → " + record.totalAfter() + "；" + reason.trim());
            });
            Path folder = export.revealCorrection(period, inForce.version(), sequence);
            return new Corrected(inForce.version(), sequence, folder, notice);
        }
    }

    /** A unit that had no result in the published run (it was added to the plan since) stands in it without a total. */
    private List<UnitAssessment> withUnscored(List<UnitAssessment> base, ReportingUnit unit) {
        List<UnitAssessment> all = new ArrayList<>(base);
        all.add(new UnitAssessment(unit, List.of(), java.math.BigDecimal.ZERO, java.math.BigDecimal.ZERO, java.math.BigDecimal.ZERO, null));
        return all;
    }

    private static String total(RankedUnit unit) {
        return unit.shownTotal() == null ? "—" : Decimals.plain(unit.shownTotal());
    }
}
