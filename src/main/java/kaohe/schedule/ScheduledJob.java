package kaohe.schedule;

import java.util.Locale;

/** The jobs a schedule can start. */
enum ScheduledJob {
    INGEST_RETURNS("ingest-returns"), ASSESS_PERIOD("assess-period"), REMIND_UNITS("remind-units"),
    RECTIFY_FOLLOW_UP("rectify-follow-up"), OBJECTIONS_INGEST("objections-ingest");

    private final String id;

    ScheduledJob(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public boolean needsPeriod() {
        return this == ASSESS_PERIOD || this == REMIND_UNITS;
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
