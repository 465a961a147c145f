package kaohe.validate;

import java.math.BigDecimal;
import kaohe.shared.Decimals;
import kaohe.shared.ItemCode;

/**
 * One item of a decoded return, traced to its cell.
 *
 * @param value   the number for an indicator in state VALUE, else null
 * @param status  the progress status for a task in state VALUE, else null
 * @param rawText what the cell held, as typed
 * @param numerator   for a ratio, the numerator its value was derived from; else null
 * @param denominator for a ratio, the denominator; else null
 */
public record ReturnValue(ItemCode item, ItemType type, ValueState state, BigDecimal value, String status,
                          String rawText, String note, String sheet, String cell, BigDecimal numerator, BigDecimal denominator) {

    public ReturnValue {
        value = Decimals.canonical(value);
        numerator = Decimals.canonical(numerator);
        denominator = Decimals.canonical(denominator);
    }

    /** A finished number, a status or an empty cell: no parts. */
    public ReturnValue(ItemCode item, ItemType type, ValueState state, BigDecimal value, String status, String rawText, String note,
                       String sheet, String cell) {
        this(item, type, state, value, status, rawText, note, sheet, cell, null, null);
    }

    /** Whether the value was derived from a numerator and a denominator the unit reported. */
    public boolean hasParts() {
        return numerator != null && denominator != null;
    }
}
