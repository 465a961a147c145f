package kaohe.score;

import java.math.BigDecimal;
import kaohe.plan.Baseline;
import kaohe.plan.Indicator;
import kaohe.plan.Plan;
import kaohe.plan.TargetReading;
import kaohe.shared.Period;

/**
 * 序时进度 of a CUMULATIVE target from the plan's own baseline (0 at the plan's start when it gives
 * none). The line itself is {@link TargetReading#expected}, shared with every kind read over time.
 */
public final class CumulativeExpectation {

    private CumulativeExpectation() {
    }

    public static BigDecimal expected(Indicator indicator, Plan plan, Period period) {
        Baseline baseline = indicator.baseline() != null ? indicator.baseline() : new Baseline(BigDecimal.ZERO, plan.start().year() - 1);
        return TargetReading.expected(indicator, baseline, plan, period);
    }
}
