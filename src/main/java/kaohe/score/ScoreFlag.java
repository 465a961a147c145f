package kaohe.score;

/**
 * Why an item is scored the way it is, beyond its value. NOT_DUE, NOT_APPLICABLE and ALTERNATIVE items
 * are left out of the unit's total; the others count, NOT_REPORTED and REJECTED with completion 0.
 * ALTERNATIVE is the weaker member of an "either of" criterion whose other member counted; in the CSV
 * interface, whose flags are fixed, it reads not_applicable.
 */
public enum ScoreFlag {
    NONE("", ""), NOT_REPORTED("not_reported", "未报送"), NOT_DUE("not_due", "本期不考核"), NOT_APPLICABLE("not_applicable", "不适用"),
    LATE("late", "迟报"), REJECTED("rejected", "报表退回"), ALTERNATIVE("not_applicable", "另一选项已计分");

    private final String text;
    private final String label;

    ScoreFlag(String text, String label) {
        this.text = text;
        this.label = label;
    }

    /** The word readers see (the staff workbook, explain); {@link #text()} is the CSV interface's code. */
    public String label() {
        return label;
    }

    public String text() {
        return text;
    }

    public boolean counts() {
        return this != NOT_DUE && this != NOT_APPLICABLE && this != ALTERNATIVE;
    }
}
