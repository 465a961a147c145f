package kaohe.ingest;

import java.util.List;

/**
 * An item sheet as read: its headers, item rows and merged ranges that touch the input columns.
 *
 * @param lastRow 0-based index of the last row with content
 */
record RawSheet(String name, List<String> headers, List<RawItemRow> rows, List<String> mergedInputRanges, int lastRow) {

    public RawSheet {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
        mergedInputRanges = List.copyOf(mergedInputRanges);
    }
}
