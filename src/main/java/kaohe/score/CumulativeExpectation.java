package kaohe.score;

import java.math.BigDecimal;
import kaohe.plan.Indicator;
import kaohe.plan.Plan;
import kaohe.plan.YearTarget;
import kaohe.shared.Period;

/**
 * 序时进度 of a CUMULATIVE target: the value expected by the end of a period, on a straight line from
 * the baseline at the plan's start to the target at the end of its year. When the plan gives yearly
 * milestones the line runs through each of them in turn.
 */
public final class CumulativeExpectation {

    private CumulativeExpectation() {
    }

    public static BigDecimal expected(Indicator indicator, Plan plan, Period period) {
        BigDecimal baseline = indicator.baseline() == null ? BigDecimal.ZERO : indicator.baseline().value();
        int quarter = period.quartersSince(plan.start()) + 1;
        int fromQuarter = 0;
        BigDecimal fromValue = baseline;
        for (YearTarget milestone : indicator.targets()) {
            if (milestone.year() > plan.end().year() || milestone.target() == null) {
                continue;
            }
            int toQuarter = endOfYear(milestone.year(), plan.start());
            if (quarter <= toQuarter) {
                BigDecimal rise = milestone.target().subtract(fromValue);
                BigDecimal share = Exact.divide(BigDecimal.valueOf(quarter - fromQuarter), BigDecimal.valueOf(toQuarter - fromQuarter));
                return fromValue.add(rise.multiply(share, Exact.CONTEXT), Exact.CONTEXT);
            }
            fromQuarter = toQuarter;
            fromValue = milestone.target();
        }
        return fromValue;
    }

    /** Quarters from the plan's start to the end of {@code year}: 12 for 2019 in a plan starting 2017Q1. */
    static int endOfYear(int year, Period start) {
        return new Period(year, 4).quartersSince(start) + 1;
    }
}
