/**
 * Schedules: the job definitions under {@code jobs/} (which job, when, for which period), validated at
 * start-up, and the service that runs them, with a database lock so two instances never run the same
 * scheduled job at once.
 */
package kaohe.schedule;
