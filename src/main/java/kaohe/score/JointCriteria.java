package kaohe.score;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kaohe.plan.Indicator;
import kaohe.plan.Plan;

/**
 * Criteria joined by "且" (004 第6、7项: "当年…未发生…，且3年内…低于全国平均水平"): none is met unless all are, so every
 * member the period assesses is scored at the lowest completion among them; each keeps its weight. A member not due
 * this period (an annual one before the fourth quarter) does not hold the others back.
 */
final class JointCriteria {

    private JointCriteria() {
    }

    static List<ItemScore> settle(Plan plan, List<ItemScore> items) {
        Map<String, List<ItemScore>> groups = ItemGroups.of(plan, items, Indicator::allOf);
        if (groups.isEmpty()) {
            return items;
        }
        List<ItemScore> settled = new ArrayList<>(items);
        for (List<ItemScore> members : groups.values()) {
            List<ItemScore> counted = members.stream().filter(i -> i.counts() && i.completion() != null).toList();
            Optional<ItemScore> weakest = counted.stream().min(Comparator.comparing(ItemScore::completion));
            if (weakest.isEmpty() || counted.size() < 2) {
                continue;
            }
            for (ItemScore member : counted) {
                if (member != weakest.get() && member.completion().compareTo(weakest.get().completion()) > 0) {
                    settled.set(settled.indexOf(member), heldTo(member, weakest.get()));
                }
            }
        }
        return settled;
    }

    private static ItemScore heldTo(ItemScore item, ItemScore weakest) {
        BigDecimal completion = weakest.completion();
        return item.rescored(completion, item.weight().multiply(completion, Exact.CONTEXT), "与 " + weakest.item()
                + " 为“且”的关系，须各项均达到：按其中最低的完成度 " + Exact.shown(completion, 4) + " 计");
    }
}
