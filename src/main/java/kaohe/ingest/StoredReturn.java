package kaohe.ingest;

import java.time.Instant;
import java.util.List;
import kaohe.validate.ReturnValue;

/** An accepted return as stored: which file it came from, when, and its values with their cells. */
public record StoredReturn(long id, String originalName, String storedPath, Instant receivedAt, List<ReturnValue> values) {

    public StoredReturn {
        values = List.copyOf(values);
    }
}
