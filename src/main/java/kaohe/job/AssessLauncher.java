package kaohe.job;

import java.time.Clock;
import java.util.List;
import kaohe.ingest.SubmittedReturns;
import kaohe.plan.Plan;
import kaohe.report.AssessmentCautions;
import kaohe.score.ReferenceValues;
import kaohe.report.AssessmentExport;
import kaohe.report.AssessmentReports;
import kaohe.score.AssessmentStore;
import kaohe.score.RankedUnit;
import kaohe.score.Ranking;
import kaohe.shared.Period;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/** Starts one assessment of a period and returns the ranked units it produced. */
@Component
public class AssessLauncher {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(AssessLauncher.class);

    private final JobOperator operator;
    private final Job job;
    private final AssessmentStore store;
    private final Plan plan;
    private final AssessmentExport export;
    private final Clock clock;
    private final SubmittedReturns returns;
    private final ReferenceValues references;
    private final kaohe.report.ReportMailer mailer;
    private final kaohe.score.AdjustmentFiles adjustments;
    private final kaohe.office.Publications publications;
    private final kaohe.audit.AuditTrail audit;
    private final kaohe.office.PeriodLocks locks;
    private final kaohe.office.PeriodPublisher publisher;
    private final kaohe.shared.ProgressBoard progress;

    AssessLauncher(JobOperator operator, @Qualifier("assessPeriod") Job job, AssessmentStore store, Plan plan,
                   AssessmentExport export, Clock clock, SubmittedReturns returns, ReferenceValues references,
                   kaohe.report.ReportMailer mailer, kaohe.score.AdjustmentFiles adjustments,
                   kaohe.office.Publications publications, kaohe.audit.AuditTrail audit, kaohe.office.PeriodLocks locks,
                   kaohe.office.PeriodPublisher publisher, kaohe.shared.ProgressBoard progress) {
        this.progress = progress;
        this.locks = locks;
        this.publisher = publisher;
        this.adjustments = adjustments;
        this.publications = publications;
        this.audit = audit;
        this.returns = returns;
        this.references = references;
        this.mailer = mailer;
        this.operator = operator;
        this.job = job;
        this.store = store;
        this.plan = plan;
        this.export = export;
        this.clock = clock;
    }

    /** {@code scoring}: how long the scoring step took, reports not included; {@code reports}: what they took. */
    public record Result(long runId, List<RankedUnit> units, java.nio.file.Path outbox, java.time.Duration scoring,
                         AssessmentReports.Written reports, List<String> cautions) {
    }

    /** An assessment that would publish nothing but zeros: refused unless the office says to go ahead. */
    public static final class Refused extends kaohe.shared.Refusal {
        Refused(String message) {
            super(message);
        }
    }

    /** @throws Refused when nothing was received for the period (see {@link AssessmentCautions}) */
    public Result run(Period period) throws Exception {
        return run(period, false);
    }

    /** @param anyway assess even when nothing was received */
    public Result run(Period period, boolean anyway) throws Exception {
        return run(period, anyway, false);
    }

    /**
     * @param anyway assess even when nothing was received
     * @param resend mail recipients who already have these figures too
     */
    public Result run(Period period, boolean anyway, boolean resend) throws Exception {
        if (!plan.covers(period)) {
            throw new Refused("考核期 " + period + " 不在计划 " + plan.id() + " 的考核期 " + plan.start() + "–" + plan.end() + " 内");
        }
        // Held for the whole run: publish and reopen of the period wait, so what is published is one finished run.
        try (kaohe.office.PeriodLocks.Held held = locks.hold(period, "考核")) {
            publisher.settle(period);
            return assess(period, anyway, resend);
        }
    }

    private Result assess(Period period, boolean anyway, boolean resend) throws Exception {
        java.util.Optional<kaohe.office.Publication> published = publications.inForce(plan.id(), period.toString());
        if (published.isPresent()) {
            throw new Refused(period + " 的结果已发布（第 " + published.get().version() + " 版，" + published.get().publishedBy()
                    + "）：已发布的结果不再重新评分。如确需重新考核，请先撤回：reopen --period " + period + " --reason “理由”");
        }
        AssessmentCautions cautions = AssessmentCautions.of(plan, period, returns.submissions(plan.id(), period), references, clock.instant());
        if (cautions.nothingReceived() && !anyway) {
            throw new Refused(cautions.refusal());
        }
        // A bad adjustments file stops the run here, with its line, before anything is stored.
        int adjusted = adjustments.of(period).all().size();
        if (adjusted > 0) {
            LOG.info("{} assessment: {} adjustments from {}", period, adjusted, adjustments.fileOf(period).getFileName());
        }
        cautions.lines().forEach(line -> LOG.warn("{} assessment: {}", period, line));
        long runId = store.startRun(plan, period, clock.instant());
        JobExecution execution;
        try (kaohe.shared.Progress shown = progress.open(AssessmentReports.PROGRESS, period + " 考核", 2L * plan.units().size())) {
            execution = operator.start(job, new JobParametersBuilder()
                    .addLong("run.id", runId)
                    .addString("period", period.toString())
                    .toJobParameters());
        }
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            throw new IllegalStateException("assessment run " + runId + " ended " + execution.getStatus() + ": "
                    + execution.getAllFailureExceptions());
        }
        kaohe.shared.CrashPoints.reach("assess.staged");
        store.finishRun(runId, clock.instant());
        kaohe.shared.CrashPoints.reach("assess.recorded");
        // The commit point is behind us: the run's staged outputs replace the previous run's in the outbox.
        publisher.settle(period);
        audit.record(plan.id(), period.toString(), "", 0, kaohe.audit.AuditEvent.ASSESSED, "第 " + runId + " 次评分");
        for (kaohe.score.Adjustment a : adjustments.of(period).all()) {
            audit.record(plan.id(), period.toString(), a.unit().value(), 0,
                    a.veto() ? kaohe.audit.AuditEvent.VETOED : kaohe.audit.AuditEvent.ADJUSTED, "第 " + runId + " 次评分：" + a.text());
        }
        // After the run's transactions have committed and its outputs are in place; never inside a step.
        mailer.deliver(period, export.outbox(period), resend);
        List<RankedUnit> ranked = Ranking.rank(store.load(runId, plan), plan.reporting().minimumRanked());
        List<String> notes = new java.util.ArrayList<>(cautions.lines());
        List<String> ineffective = kaohe.score.AdjustmentEffects.ineffective(ranked.stream().map(RankedUnit::assessment).toList());
        ineffective.forEach(line -> LOG.warn("{} assessment: an adjustment changed nothing: {}", period, line));
        notes.addAll(ineffective);
        return new Result(runId, ranked, export.outbox(period), scoringTime(execution), reportsWritten(execution), notes);
    }

    private static AssessmentReports.Written reportsWritten(JobExecution execution) {
        return execution.getStepExecutions().stream().filter(step -> step.getStepName().endsWith(".export"))
                .map(step -> step.getExecutionContext())
                .map(c -> new AssessmentReports.Written(c.getInt(PeriodExportTasklet.UNIT_PDFS), c.getLong(PeriodExportTasklet.UNIT_PDF_NANOS),
                        c.getInt(PeriodExportTasklet.WORKBOOK_ROWS), c.getLong(PeriodExportTasklet.WORKBOOK_NANOS)))
                .findFirst().orElseThrow();
    }

    private static java.time.Duration scoringTime(JobExecution execution) {
        return execution.getStepExecutions().stream()
                .filter(step -> step.getStepName().endsWith(".score") && step.getStartTime() != null && step.getEndTime() != null)
                .map(step -> java.time.Duration.between(step.getStartTime(), step.getEndTime()))
                .findFirst().orElse(java.time.Duration.ZERO);
    }
}
