package kaohe.ingest;

import java.time.Instant;

/** One submitted file of a period, for the submission log. */
public record Submission(String unitCode, String originalName, Instant receivedAt, ReturnStatus status, int errors, int warnings) {
}
