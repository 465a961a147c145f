package kaohe.ingest;

/**
 * A stored cell value as either workbook format holds it (a formula's cached result counts as its
 * value), with the number format a numeric cell is shown in.
 */
record CellValue(Kind kind, double number, String text, int formatIndex, String formatString) {

    enum Kind { NUMERIC, STRING, BOOLEAN, ERROR, UNCALCULATED }

    static CellValue number(double value, int formatIndex, String formatString) {
        return new CellValue(Kind.NUMERIC, value, null, formatIndex, formatString);
    }

    static CellValue string(String value) {
        return new CellValue(Kind.STRING, 0, value, 0, null);
    }

    static CellValue bool(boolean value) {
        return new CellValue(Kind.BOOLEAN, 0, String.valueOf(value), 0, null);
    }

    /** A formula whose file holds no cached result: there is no value to read. */
    static CellValue uncalculated() {
        return new CellValue(Kind.UNCALCULATED, 0, "", 0, null);
    }

    static CellValue error(String text) {
        return new CellValue(Kind.ERROR, 0, text, 0, null);
    }
}
