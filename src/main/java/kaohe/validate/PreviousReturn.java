package kaohe.validate;

import java.math.BigDecimal;
import java.util.Map;
import kaohe.shared.ItemCode;
import kaohe.shared.Period;

/** The values of a unit's latest accepted return before the one being checked. */
public record PreviousReturn(Period period, Map<ItemCode, BigDecimal> values) {

    public PreviousReturn {
        values = Map.copyOf(values);
    }
}
