package kaohe.score;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kaohe.plan.Indicator;
import kaohe.plan.Plan;

/**
 * "Either of" criteria (004: "…不断提高，或消费者投诉率连续3年不断递减"): a group is met when any member
 * is, so the member with the best score counts and the others are shown but left out of the total.
 */
final class Alternatives {

    private Alternatives() {
    }

    static List<ItemScore> settle(Plan plan, List<ItemScore> items) {
        Map<String, List<ItemScore>> groups = ItemGroups.of(plan, items, Indicator::eitherOf);
        if (groups.isEmpty()) {
            return items;
        }
        List<ItemScore> settled = new ArrayList<>(items);
        for (List<ItemScore> members : groups.values()) {
            Optional<ItemScore> best = members.stream().filter(ItemScore::counts)
                    .max(Comparator.comparing(ItemScore::score));
            if (best.isEmpty()) {
                continue;
            }
            for (ItemScore other : members) {
                if (other != best.get() && other.counts()) {
                    settled.set(settled.indexOf(other), aside(other, best.get()));
                }
            }
        }
        return settled;
    }

    private static ItemScore aside(ItemScore item, ItemScore counted) {
        return item.setAside(ScoreFlag.ALTERNATIVE, "与 " + counted.item() + " 为“或”的关系，已按 " + counted.item() + " 计分");
    }
}
