package kaohe.plan;

import java.math.BigDecimal;
import kaohe.shared.Decimals;

/** A known value before the plan, used by CUMULATIVE and TREND targets and shown in reports. */
public record Baseline(BigDecimal value, int year) {

    public Baseline {
        value = Decimals.canonical(value);
    }
}
