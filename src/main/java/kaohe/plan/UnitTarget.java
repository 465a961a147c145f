package kaohe.plan;

import kaohe.shared.ItemCode;
import kaohe.shared.UnitCode;

/**
 * A unit's own target for an indicator in one year (目标分解: 嘉兴's own PM2.5 in the provincial plan), which governs
 * that unit instead of the plan-wide target; {@link YearTarget#pending()} when the plan expects one the office has yet
 * to fill.
 */
public record UnitTarget(ItemCode indicator, UnitCode unit, YearTarget target) {
}
