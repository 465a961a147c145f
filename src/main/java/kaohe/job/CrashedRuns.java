package kaohe.job;

import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * At start-up, marks FAILED the job executions left "running" by a process that died: so {@code status}
 * tells the truth after a kill -9. Only executions whose owning process on this machine is gone are
 * touched; another process's or another machine's running jobs are left alone.
 */
@Component
class CrashedRuns {

    private static final Logger LOG = LoggerFactory.getLogger(CrashedRuns.class);

    private final JdbcClient jdbc;
    private final JobRepository repository;
    private final JobOperator operator;
    private final JobOwners owners;

    CrashedRuns(DataSource dataSource, JobRepository repository, JobOperator operator, JobOwners owners) {
        this.jdbc = JdbcClient.create(dataSource);
        this.repository = repository;
        this.operator = operator;
        this.owners = owners;
    }

    @EventListener(ApplicationReadyEvent.class)
    void recover() {
        List<Long> unfinished = jdbc.sql("SELECT JOB_EXECUTION_ID FROM BATCH_JOB_EXECUTION WHERE STATUS IN ('STARTING', 'STARTED', 'STOPPING') "
                + "ORDER BY JOB_EXECUTION_ID").query(Long.class).list();
        for (long id : unfinished) {
            boolean dead = owners.of(id).map(JobOwners.Owner::isDeadHere).orElse(false);
            if (!dead) {
                continue;
            }
            JobExecution execution = repository.getJobExecution(id);
            if (execution != null) {
                operator.recover(execution);
                LOG.warn("job execution {} ({}) was left running by a process that died; marked FAILED", id,
                        execution.getJobInstance().getJobName());
            }
        }
    }
}
