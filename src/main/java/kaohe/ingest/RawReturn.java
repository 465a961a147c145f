package kaohe.ingest;

import java.util.Map;

/**
 * A return workbook as read, every cell as text with its reference, nothing decoded yet.
 *
 * @param meta       the hidden metadata entries; empty when the sheet is missing
 * @param indicators the indicator sheet, null when missing
 * @param tasks      the task sheet, null when missing
 */
public record RawReturn(Map<String, String> meta, RawSheet indicators, RawSheet tasks) {

    public RawReturn {
        meta = Map.copyOf(meta);
    }
}
