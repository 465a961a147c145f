package kaohe.ingest;

import kaohe.validate.Finding;

/** A workbook read into raw cells, or the file-level finding that stopped reading it. */
public record ReadResult(RawReturn raw, Finding failure) {

    public static ReadResult of(RawReturn raw) {
        return new ReadResult(raw, null);
    }

    public static ReadResult failed(Finding failure) {
        return new ReadResult(null, failure);
    }

    public boolean isRead() {
        return raw != null;
    }
}
