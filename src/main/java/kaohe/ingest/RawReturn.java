package kaohe.ingest;

import java.util.Map;

/**
 * A return workbook as read, every cell as text with its reference, nothing decoded yet.
 *
 * @param meta       the hidden metadata entries; empty when the sheet is missing
 * @param covers     item sheet name → the visible cover line naming the unit, for the sheets present
 * @param indicators the indicator sheet, null when missing
 * @param tasks      the task sheet, null when missing
 */
record RawReturn(Map<String, String> meta, Map<String, String> covers, RawSheet indicators, RawSheet tasks) {

    public RawReturn {
        meta = Map.copyOf(meta);
        covers = Map.copyOf(covers);
    }
}
