package kaohe.ingest;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** An ingest run's record: opened and closed by the job's launcher, read back for its summary and notices. */
public interface IngestRunRecords {

    long startRun(boolean dryRun, Instant now);

    /**
     * Marks the run finished, copies its workers' tallies into its counters and stores why each file
     * left in the inbox is there.
     */
    void finishRun(long runId, Instant now, Map<LeftReason, Integer> left, int quarantined);

    IngestSummary summary(long runId);

    /** The files the run stored, in the order stored. */
    List<RunReturn> ofRun(long runId);

    /** How many files the run rejected because their seal did not verify (F014). */
    int sealFailures(long runId);

    /** The messages of one return's findings, in order. */
    List<String> findingTexts(long returnId);
}
