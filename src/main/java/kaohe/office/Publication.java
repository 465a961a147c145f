package kaohe.office;

import java.time.Instant;

/**
 * One published version of a period's results: which assessment run it is, when and by whom, and, once
 * reopened, when, by whom and why.
 */
public record Publication(int version, long runId, Instant publishedAt, String publishedBy, Instant reopenedAt, String reopenedBy,
                          String reopenReason) {

    public boolean isInForce() {
        return reopenedAt == null;
    }
}
