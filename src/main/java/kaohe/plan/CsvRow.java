package kaohe.plan;

import java.util.Map;

/** One data row of a plan CSV file with the line it starts on, for error locations. */
record CsvRow(String file, int line, Map<String, String> values) {

    /** The trimmed cell, or "" when the column is missing or blank. */
    String get(String column) {
        String v = values.get(column);
        return v == null ? "" : v.trim();
    }
}
