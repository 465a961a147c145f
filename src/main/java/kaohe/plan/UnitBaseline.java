package kaohe.plan;

import kaohe.shared.ItemCode;
import kaohe.shared.UnitCode;

/**
 * A unit's own value of an indicator in a year before the plan, usually a county's end-2016 figure
 * from its statistics. {@code source} says where the office took it from; it need not be a seed.
 */
record UnitBaseline(ItemCode indicator, UnitCode unit, Baseline baseline, String source) {
}
