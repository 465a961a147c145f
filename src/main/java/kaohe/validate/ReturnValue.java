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
 */
public record ReturnValue(ItemCode item, ItemType type, ValueState state, BigDecimal value, String status,
                          String rawText, String note, String sheet, String cell) {

    public ReturnValue {
        value = Decimals.canonical(value);
    }
}
