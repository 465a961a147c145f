package kaohe.validate;

/** Returns carry indicator values and task progress. */
public enum ItemType {
    INDICATOR, TASK;

    public String text() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
