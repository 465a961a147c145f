package kaohe.plan;

import java.math.BigDecimal;
import kaohe.shared.Decimals;

/**
 * An indicator's target for one year. {@code target} is null for kinds without a value (ZERO,
 * VS_REFERENCE, TREND), and for a unit's own target the office has yet to fill ({@link #pending()});
 * {@code targetMax} is the stretch goal of a RANGE.
 *
 * @param wording   达到, 左右 or 争取, as the plan words it
 * @param tolerance for 左右: how far from the number still counts as met, in the indicator's unit; null otherwise
 * @param pending   a unit's own target the plan expects and does not yet have (目标分解 still to be filled):
 *                  the item is not assessed for that unit until it is
 */
public record YearTarget(int year, BigDecimal target, BigDecimal targetMax, Citation source, TargetWording wording,
                         BigDecimal tolerance, boolean pending) {

    public YearTarget {
        target = Decimals.canonical(target);
        targetMax = Decimals.canonical(targetMax);
        tolerance = Decimals.canonical(tolerance);
        wording = wording == null ? TargetWording.AS_STATED : wording;
    }

    /** A binding target as stated. */
    public YearTarget(int year, BigDecimal target, BigDecimal targetMax, Citation source) {
        this(year, target, targetMax, source, TargetWording.AS_STATED, null, false);
    }

    /**
     * The bar scoring holds the value to: the number as stated, or for 左右 the number less the tolerance (for a floor)
     * or plus it (for a ceiling).
     */
    public YearTarget bar(TargetKind kind) {
        if (wording != TargetWording.ABOUT || tolerance == null || target == null) {
            return this;
        }
        BigDecimal moved = kind == TargetKind.AT_MOST ? target.add(tolerance) : target.subtract(tolerance);
        return new YearTarget(year, moved, targetMax, source, wording, tolerance, pending);
    }
}
