package kaohe.score;

/**
 * Why an item is scored the way it is, beyond its value. NOT_DUE, NOT_APPLICABLE and ALTERNATIVE items
 * are left out of the unit's total; the others count, NOT_REPORTED and REJECTED with completion 0.
 * ALTERNATIVE is the weaker member of an "either of" criterion whose other member counted; in the CSV
 * interface, whose flags are fixed, it reads not_applicable.
 */
public enum ScoreFlag {
    NONE(""), NOT_REPORTED("not_reported"), NOT_DUE("not_due"), NOT_APPLICABLE("not_applicable"), LATE("late"),
    REJECTED("rejected"), ALTERNATIVE("not_applicable");

    private final String text;

    ScoreFlag(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }

    public boolean counts() {
        return this != NOT_DUE && this != NOT_APPLICABLE && this != ALTERNATIVE;
    }
}
