package kaohe.validate;

/**
 * One problem in one return, where it is and what to do about it.
 *
 * @param sheet    sheet name, null for problems of the whole file
 * @param cell     A1 reference, null when no single cell is at fault
 * @param itemCode the indicator or task concerned, null when none
 */
public record Finding(FindingCode code, String sheet, String cell, String itemCode, String message) {

    public static Finding ofFile(FindingCode code, Object... details) {
        return new Finding(code, null, null, null, code.message(details));
    }

    public static Finding at(FindingCode code, String sheet, String cell, String itemCode, Object... details) {
        return new Finding(code, sheet, cell, itemCode, code.message(details));
    }

    public Severity severity() {
        return code.severity();
    }

    public boolean isError() {
        return code.severity() == Severity.ERROR;
    }

    public String hint() {
        return code.hint();
    }

    /** "指标!E7 C101 “九十”不是数字", for logs and summaries. */
    public String location() {
        if (sheet == null) {
            return "文件";
        }
        return cell == null ? sheet : sheet + "!" + cell;
    }
}
