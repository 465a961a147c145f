package kaohe.plan;

import java.math.BigDecimal;
import kaohe.shared.Decimals;

/**
 * An indicator's target for one year. {@code target} is null for kinds without a value (ZERO,
 * VS_REFERENCE, TREND); {@code targetMax} is the stretch goal of a RANGE.
 */
public record YearTarget(int year, BigDecimal target, BigDecimal targetMax, Citation source) {

    public YearTarget {
        target = Decimals.canonical(target);
        targetMax = Decimals.canonical(targetMax);
    }
}
