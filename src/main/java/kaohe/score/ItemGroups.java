package kaohe.score;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import kaohe.plan.Indicator;
import kaohe.plan.Plan;
import kaohe.validate.ItemType;

/** A unit's indicator scores gathered by a group code of the plan ("或" either_of, "且" all_of), in item order. */
final class ItemGroups {

    private ItemGroups() {
    }

    /** Each group's members; items outside any group are left out. {@code group} is null for an indicator alone. */
    static Map<String, List<ItemScore>> of(Plan plan, List<ItemScore> items, Function<Indicator, String> group) {
        Map<String, List<ItemScore>> groups = new LinkedHashMap<>();
        for (ItemScore item : items) {
            Optional<String> code = item.type() != ItemType.INDICATOR ? Optional.empty()
                    : plan.indicator(item.item()).map(group);
            code.ifPresent(g -> groups.computeIfAbsent(g, k -> new ArrayList<>()).add(item));
        }
        return groups;
    }
}
