package kaohe.job;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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

    private final Set<Long> running = ConcurrentHashMap.newKeySet();

    @Override
    public void beforeJob(JobExecution execution) {
        running.add(execution.getId());
    }

    @Override
    public void afterJob(JobExecution execution) {
        running.remove(execution.getId());
    }

    /** Asks every execution of this JVM to stop after the item it is on; returns how many were asked. */
    public int stopAll(JobOperator operator) {
        int asked = 0;
        for (Long id : Set.copyOf(running)) {
            try {
                operator.stop(id);
                asked++;
            } catch (Exception e) {
                // Finished in the meantime: nothing to stop.
            }
        }
        return asked;
    }
}
