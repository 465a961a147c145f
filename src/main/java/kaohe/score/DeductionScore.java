package kaohe.score;

import java.math.BigDecimal;
import java.math.RoundingMode;
import kaohe.plan.Deduction;

/** 扣分制: points lost = points per step × ceil(shortfall / step); the item's score never goes below 0. */
final class DeductionScore {

    private DeductionScore() {
    }

    public static BigDecimal score(BigDecimal weight, BigDecimal shortfall, Deduction deduction) {
        if (shortfall.signum() <= 0) {
            return weight;
        }
        BigDecimal steps = shortfall.divide(deduction.step(), 0, RoundingMode.CEILING);
        BigDecimal lost = deduction.pointsPerStep().multiply(steps);
        return weight.subtract(lost).max(BigDecimal.ZERO);
    }
}
