package kaohe.score;

import java.time.Instant;
import java.util.Map;
import kaohe.shared.ItemCode;
import kaohe.validate.ReturnValue;

/** A unit's current accepted return for a period, as scoring needs it. */
public record UnitReturn(String sourceFile, Instant receivedAt, Map<ItemCode, ReturnValue> values) {

    public UnitReturn {
        values = Map.copyOf(values);
    }
}
