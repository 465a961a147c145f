package kaohe.plan;

import java.math.BigDecimal;
import kaohe.shared.Decimals;

/** A section of the scorecard; its weight is the sum of its items' weights. */
public record Category(String code, String name, BigDecimal weight) {

    public Category {
        weight = Decimals.canonical(weight);
    }
}
