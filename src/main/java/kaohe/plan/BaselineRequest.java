package kaohe.plan;

import java.util.List;
import kaohe.shared.Period;
import kaohe.shared.UnitCode;

/**
 * What a unit owes the office as 基数: its items whose target for a later year would be read as 序时进度 from a
 * baseline the plan does not hold, so that without one they are scored against the full target from the first year
 * (000's P08 每千名老人机构养老床位 40 by 2019 for a county that had 28). The value asked for is the one at the end of
 * the year before the plan starts.
 */
public final class BaselineRequest {

    private BaselineRequest() {
    }

    /** The year whose year-end value a baseline is: the year before the plan starts. */
    public static int year(Plan plan) {
        return plan.start().year() - 1;
    }

    /** The unit's items scored in full for want of a baseline in the plan's first year, in plan order. */
    public static List<Indicator> owedBy(Plan plan, UnitCode unit) {
        Period first = new Period(plan.start().year(), 4);
        return plan.indicators().stream()
                .filter(i -> i.isReportedBy(unit))
                .filter(i -> TargetReading.of(plan, i, unit, first).map(r -> r.governsInFullEarly(i, first)).orElse(false))
                .toList();
    }
}
