package kaohe.schedule;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.TimeZone;
import kaohe.plan.DeadlineRule;
import kaohe.plan.Plan;
import kaohe.shared.Period;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.support.CronTrigger;

/**
 * Puts every enabled definition on the scheduler. Each run takes the job's lock in the database first
 * (held at least a second, so an instance whose clock is a little behind does not run the same tick
 * again); an instance that finds it held skips the tick. A failed run is logged and the schedule goes on.
 */
public final class ScheduledRuns {

    private static final Logger LOG = LoggerFactory.getLogger(ScheduledRuns.class);

    /** What a definition does when it fires. */
    public interface Runner {
        void ingest() throws Exception;

        void assess(Period period) throws Exception;

        void remind(Period period) throws Exception;

        /** Takes the 整改 reports in their inbox, then reminds the units whose report is overdue. */
        void followUpRectification() throws Exception;

        /** Takes the 异议表 in their inbox; late ones are recorded and answered as late. */
        void takeObjections() throws Exception;
    }

    private final List<JobDefinition> definitions;
    private final LockingTaskExecutor locks;
    private final Runner runner;
    private final Plan plan;
    private final Clock clock;

    public ScheduledRuns(List<JobDefinition> definitions, LockingTaskExecutor locks, Runner runner, Plan plan, Clock clock) {
        this.definitions = definitions;
        this.locks = locks;
        this.runner = runner;
        this.plan = plan;
        this.clock = clock;
    }

    public List<JobDefinition> schedule(TaskScheduler scheduler) {
        List<JobDefinition> enabled = definitions.stream().filter(JobDefinition::enabled).toList();
        for (JobDefinition definition : enabled) {
            scheduler.schedule(() -> fire(definition), new CronTrigger(definition.cron(), TimeZone.getTimeZone(DeadlineRule.PLAN_TIME)));
        }
        return enabled;
    }

    void fire(JobDefinition definition) {
        locks.executeWithLock((Runnable) () -> run(definition),
                new LockConfiguration(clock.instant(), definition.name(), definition.lockAtMost(), Duration.ofSeconds(1)));
    }

    private void run(JobDefinition definition) {
        try {
            switch (definition.job()) {
                case INGEST_RETURNS -> runner.ingest();
                case RECTIFY_FOLLOW_UP -> runner.followUpRectification();
                case OBJECTIONS_INGEST -> runner.takeObjections();
                case ASSESS_PERIOD, REMIND_UNITS -> {
                    Period period = definition.period().at(clock.instant());
                    if (!plan.covers(period)) {
                        LOG.info("{}: {} is outside the plan ({}–{}), nothing to do", definition.name(), period, plan.start(), plan.end());
                    } else if (definition.job() == ScheduledJob.ASSESS_PERIOD) {
                        runner.assess(period);
                    } else {
                        runner.remind(period);
                    }
                }
            }
        } catch (Exception e) {
            LOG.error("{} failed; the schedule goes on: {}", definition.name(), e.toString());
        }
    }
}
