package kaohe.score;

import java.math.BigDecimal;
import kaohe.plan.TargetKind;

/** How far a value falls short of its target, for deduction rules; never negative. */
final class Shortfall {

    private Shortfall() {
    }

    static BigDecimal of(TargetKind kind, BigDecimal actual, BigDecimal target, BigDecimal expected) {
        BigDecimal gap = switch (kind) {
            case AT_LEAST, RANGE -> target.subtract(actual);
            case CUMULATIVE -> expected.subtract(actual);
            case AT_MOST, RANK_WITHIN, RANK_FRONT -> actual.subtract(target);
            case ZERO -> actual;
            default -> throw new IllegalArgumentException(kind + " has no shortfall; the plan check refuses deduction rules on it");
        };
        return gap.max(BigDecimal.ZERO);
    }
}
