package kaohe.validate;

/** What a return says about one item. */
public enum ValueState {
    /** a number (indicator) or a valid progress status (task) */
    VALUE,
    /** 不适用, where the indicator allows it */
    NOT_APPLICABLE,
    /** left empty: scored as not reported */
    BLANK,
    /** something that could not be read as the item needs; always comes with an error finding */
    INVALID
}
