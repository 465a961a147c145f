package kaohe.job;

import java.time.Clock;
import kaohe.ingest.IngestSummary;
import kaohe.ingest.ReturnStore;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/** Starts one ingest run: records it, runs the job over the inbox, and returns the run's summary. */
@Component
public class IngestLauncher {

    private final JobOperator operator;
    private final Job job;
    private final ReturnStore store;
    private final Clock clock;

    IngestLauncher(JobOperator operator, @Qualifier("ingestReturns") Job job, ReturnStore store, Clock clock) {
        this.operator = operator;
        this.job = job;
        this.store = store;
        this.clock = clock;
    }

    public IngestSummary run(boolean dryRun) throws Exception {
        long runId = store.startRun(dryRun, clock.instant());
        JobExecution execution = operator.start(job, new JobParametersBuilder()
                .addLong("run.id", runId)
                .addString("dry-run", Boolean.toString(dryRun))
                .toJobParameters());
        store.finishRun(runId, clock.instant());
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            throw new IllegalStateException("ingest run " + runId + " ended " + execution.getStatus() + ": "
                    + execution.getAllFailureExceptions());
        }
        return store.summary(runId);
    }
}
