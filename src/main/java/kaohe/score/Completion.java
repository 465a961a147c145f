package kaohe.score;

import java.math.BigDecimal;
import kaohe.plan.Direction;

/** Completion c in [0, 1] of each target kind, exactly as PRODUCT.md's table defines it. */
final class Completion {

    private Completion() {
    }

    /** 达到x以上: min(1, actual / x); a target of 0 is met by anything. */
    public static BigDecimal atLeast(BigDecimal actual, BigDecimal target) {
        if (target.signum() <= 0) {
            return BigDecimal.ONE;
        }
        return Exact.min1(Exact.divide(actual.max(BigDecimal.ZERO), target));
    }

    /** 控制在x以内: 1 within the ceiling, else x / actual. */
    public static BigDecimal atMost(BigDecimal actual, BigDecimal ceiling) {
        if (actual.compareTo(ceiling) <= 0) {
            return BigDecimal.ONE;
        }
        return Exact.divide(ceiling.max(BigDecimal.ZERO), actual);
    }

    /** 0次: 1 when nothing happened, else 0. */
    public static BigDecimal zero(BigDecimal actual) {
        return actual.signum() == 0 ? BigDecimal.ONE : BigDecimal.ZERO;
    }

    /** 前n位: 1 when the rank is n or better. */
    public static BigDecimal rankWithin(BigDecimal rank, BigDecimal n) {
        return rank.signum() > 0 && rank.compareTo(n) <= 0 ? BigDecimal.ONE : BigDecimal.ZERO;
    }

    /** 低于(高于)全国平均水平: strictly below (above) the reference. */
    public static BigDecimal versusReference(BigDecimal actual, BigDecimal reference, Direction direction) {
        int comparison = actual.compareTo(reference);
        boolean met = direction == Direction.BELOW ? comparison < 0 : comparison > 0;
        return met ? BigDecimal.ONE : BigDecimal.ZERO;
    }

    /** Share of the year-on-year steps with both ends known that move the right way. */
    public static BigDecimal trend(int rightSteps, int knownSteps) {
        return Exact.divide(BigDecimal.valueOf(rightSteps), BigDecimal.valueOf(knownSteps));
    }
}
