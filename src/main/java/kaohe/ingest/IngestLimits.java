package kaohe.ingest;

/**
 * Bounds that keep one hostile or mistaken file from exhausting the machine.
 *
 * @param maxFileBytes         larger files are refused before they are opened
 * @param maxUncompressedBytes an .xlsx whose parts inflate past this is refused (zip bomb), measured
 *                             while streaming, so a lying zip header does not help
 * @param maxRows              a sheet with more rows than this is refused
 * @param settleSeconds        a file modified more recently than this is left for the next run
 * @param rateChangeWarning    percentage points of change against the previous return that warn
 */
public record IngestLimits(long maxFileBytes, long maxUncompressedBytes, int maxRows, int settleSeconds,
                           int rateChangeWarning) {

    public static IngestLimits defaults() {
        return new IngestLimits(10L << 20, 16L << 20, 2000, 5, 20);
    }

    public IngestLimits withSettleSeconds(int seconds) {
        return new IngestLimits(maxFileBytes, maxUncompressedBytes, maxRows, seconds, rateChangeWarning);
    }
}
