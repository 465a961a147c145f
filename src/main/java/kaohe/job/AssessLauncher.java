package kaohe.job;

import java.time.Clock;
import java.util.List;
import kaohe.plan.Plan;
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

    private final JobOperator operator;
    private final Job job;
    private final AssessmentStore store;
    private final Plan plan;
    private final AssessmentExport export;
    private final Clock clock;

    AssessLauncher(JobOperator operator, @Qualifier("assessPeriod") Job job, AssessmentStore store, Plan plan,
                   AssessmentExport export, Clock clock) {
        this.operator = operator;
        this.job = job;
        this.store = store;
        this.plan = plan;
        this.export = export;
        this.clock = clock;
    }

    /** {@code scoring}: how long the scoring step took, reports not included; {@code reports}: what they took. */
    public record Result(long runId, List<RankedUnit> units, java.nio.file.Path outbox, java.time.Duration scoring,
                         AssessmentReports.Written reports) {
    }

    public Result run(Period period) throws Exception {
        if (!plan.covers(period)) {
            throw new IllegalArgumentException("period " + period + " is outside the plan (" + plan.start() + "–" + plan.end() + ")");
        }
        long runId = store.startRun(plan, period, clock.instant());
        JobExecution execution = operator.start(job, new JobParametersBuilder()
                .addLong("run.id", runId)
                .addString("period", period.toString())
                .toJobParameters());
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            throw new IllegalStateException("assessment run " + runId + " ended " + execution.getStatus() + ": "
                    + execution.getAllFailureExceptions());
        }
        store.finishRun(runId, clock.instant());
        return new Result(runId, Ranking.rank(store.load(runId, plan)), export.outbox(period), scoringTime(execution),
                reportsWritten(execution));
    }

    private static AssessmentReports.Written reportsWritten(JobExecution execution) {
        return execution.getStepExecutions().stream().filter(step -> step.getStepName().endsWith(".export"))
                .map(step -> step.getExecutionContext())
                .map(c -> new AssessmentReports.Written(c.getInt(AssessJobConfig.UNIT_PDFS), c.getLong(AssessJobConfig.UNIT_PDF_NANOS),
                        c.getInt(AssessJobConfig.WORKBOOK_ROWS), c.getLong(AssessJobConfig.WORKBOOK_NANOS)))
                .findFirst().orElseThrow();
    }

    private static java.time.Duration scoringTime(JobExecution execution) {
        return execution.getStepExecutions().stream()
                .filter(step -> step.getStepName().endsWith(".score") && step.getStartTime() != null && step.getEndTime() != null)
                .map(step -> java.time.Duration.between(step.getStartTime(), step.getEndTime()))
                .findFirst().orElse(java.time.Duration.ZERO);
    }
}
