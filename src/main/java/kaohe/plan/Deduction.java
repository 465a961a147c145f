package kaohe.plan;

import java.math.BigDecimal;
import kaohe.shared.Decimals;

/**
 * A deduction rule (扣分制) that replaces the completion rule of one indicator:
 * points lost = {@code pointsPerStep} × ceil(shortfall / {@code step}), floored at 0 for the item.
 */
public record Deduction(BigDecimal pointsPerStep, BigDecimal step) {

    public Deduction {
        pointsPerStep = Decimals.canonical(pointsPerStep);
        step = Decimals.canonical(step);
    }
}
