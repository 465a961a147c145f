package kaohe.ingest;

/**
 * One cell as the workbook holds it, before any interpretation.
 *
 * @param ref           A1 reference, e.g. E7
 * @param text          the cell's text: a string cell's value, a number as POI formats it, "" when blank
 * @param number        the numeric value of a numeric cell (or a formula's cached number), else null
 * @param percentFormat whether the cell's number format shows a percentage
 * @param error         the error text (#DIV/0!) of an error cell or formula, else null
 * @param dateFormat    whether the cell's number format shows a date: the number is then a day count
 * @param uncalculated  a formula saved without its result (written by a program that does not calculate)
 */
record RawCell(String ref, String text, Double number, boolean percentFormat, String error, boolean dateFormat,
                      boolean uncalculated) {

    public RawCell(String ref, String text, Double number, boolean percentFormat, String error) {
        this(ref, text, number, percentFormat, error, false, false);
    }

    public static RawCell blank(String ref) {
        return new RawCell(ref, "", null, false, null);
    }

    public boolean isBlank() {
        return number == null && error == null && !uncalculated && text.isBlank();
    }
}
