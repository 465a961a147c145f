package kaohe.schedule;

import java.time.Duration;

/**
 * One file of {@code jobs/}: which job runs, on which cron schedule (6 fields, Beijing time), for which
 * period, and how long the run may hold its lock if its process dies.
 *
 * @param period null for jobs that take none (ingest)
 */
public record JobDefinition(String name, ScheduledJob job, String cron, PeriodExpression period, boolean enabled,
                            Duration lockAtMost) {
}
