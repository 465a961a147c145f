package kaohe.ingest;

/** A file one ingest run stored, for the notices sent after the run. */
public record RunReturn(long id, String unitCode, String periodCode, String originalName, ReturnStatus status, String storedPath,
                        int warnings) {
}
