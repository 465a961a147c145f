package kaohe.ingest;

import java.time.Instant;

/** A current return of a period, as the office's review sees it. */
public record CurrentReturn(long id, String unitCode, String originalName, Instant receivedAt, String contentHash) {
}
