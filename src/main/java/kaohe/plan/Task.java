package kaohe.plan;

import java.math.BigDecimal;
import java.util.List;
import kaohe.shared.Decimals;
import kaohe.shared.ItemCode;
import kaohe.shared.UnitCode;

/**
 * A qualitative work item of 主要任务 or 重点工程, reported as a progress status (MILESTONE) by every
 * responsible unit.
 *
 * @param units responsible units as the seed lists them: the lead (牵头单位) first
 */
public record Task(
        ItemCode code,
        String name,
        String category,
        String group,
        List<UnitCode> units,
        BigDecimal weight,
        Citation source) {

    public Task {
        units = kaohe.shared.LookupList.copyOf(units);
        weight = Decimals.canonical(weight);
    }

    public UnitCode leadUnit() {
        return units.get(0);
    }

    public boolean isLead(UnitCode unit) {
        return leadUnit().equals(unit);
    }

    public boolean isReportedBy(UnitCode unit) {
        return units.contains(unit);
    }
}
