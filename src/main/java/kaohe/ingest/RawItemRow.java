package kaohe.ingest;

import java.util.List;

/**
 * One item row of the indicator or task sheet.
 *
 * @param row   0-based row index
 * @param code  the code cell's text
 * @param input the value (indicators) or status (tasks) cell
 * @param note  the 说明 (indicators) or 进展说明 (tasks) text
 */
record RawItemRow(int row, String code, RawCell input, String note, List<String> self) {

    RawItemRow(int row, String code, RawCell input, String note) {
        this(row, code, input, note, List.of());
    }

    RawItemRow {
        self = List.copyOf(self);
    }
}
