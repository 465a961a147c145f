package kaohe.job;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.stereotype.Component;

/**
 * The job executions running in this JVM. On shutdown only these are asked to stop (after their current
 * item): another instance of the service sharing the database keeps its own running.
 */
@Component
public class LocalExecutions implements JobExecutionListener {

    private final Map<Long, String> running = new ConcurrentHashMap<>();
    private final AtomicBoolean ingestStopRequested = new AtomicBoolean();
    private final JobOwners owners;

    LocalExecutions(JobOwners owners) {
        this.owners = owners;
    }

    @Override
    public void beforeJob(JobExecution execution) {
        running.put(execution.getId(), execution.getJobInstance().getJobName());
        owners.claim(execution.getId());
    }

    @Override
    public void afterJob(JobExecution execution) {
        running.remove(execution.getId());
    }

    /**
     * Asks every execution of this JVM to stop after the item it is on; returns how many were asked.
     * Ingest stops by its workers reading no further file, so each finishes and commits the file it
     * holds: JobOperator.stop on a partitioned step could roll a worker's file back mid-commit.
     */
    /** {@link #stopAll(JobOperator)} with the application's operator, so callers outside {@code job} need no Spring Batch type. */
    public int stopAll(org.springframework.beans.factory.BeanFactory beans) {
        return stopAll(beans.getBean(JobOperator.class));
    }

    public int stopAll(JobOperator operator) {
        ingestStopRequested.set(true);
        int asked = 0;
        for (Map.Entry<Long, String> execution : Map.copyOf(running).entrySet()) {
            if (execution.getValue().equals(IngestJobConfig.JOB)) {
                asked++;
                continue;
            }
            try {
                operator.stop(execution.getKey());
                asked++;
            } catch (Exception e) {
                // Finished in the meantime: nothing to stop.
            }
        }
        return asked;
    }

    /**
     * Waits until no job execution of this JVM is running, so shutdown never closes the database
     * under a file's transaction; false when {@code timeout} passed first.
     */
    public boolean awaitIdle(java.time.Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!running.isEmpty()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(50);
        }
        return true;
    }

    /** True once shutdown has begun: ingest workers take no further file. */
    boolean isIngestStopRequested() {
        return ingestStopRequested.get();
    }
}
