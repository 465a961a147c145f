package kaohe.schedule;

import java.util.Locale;

/** The jobs a schedule can start. */
enum ScheduledJob {
    INGEST_RETURNS("ingest-returns"), ASSESS_PERIOD("assess-period"), REMIND_UNITS("remind-units");

    private final String id;

    ScheduledJob(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public boolean needsPeriod() {
        return this != INGEST_RETURNS;
    }

    public static java.util.Optional<ScheduledJob> of(String id) {
        for (ScheduledJob job : values()) {
            if (job.id.equals(id.trim().toLowerCase(Locale.ROOT))) {
                return java.util.Optional.of(job);
            }
        }
        return java.util.Optional.empty();
    }
}
