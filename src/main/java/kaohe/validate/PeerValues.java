package kaohe.validate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kaohe.shared.ItemCode;
import kaohe.shared.UnitCode;

/** The numbers a unit's peers have in their current returns of a period: how many peers, and each item's values in order. */
public final class PeerValues {

    private final int units;
    private final Map<ItemCode, List<BigDecimal>> sorted;

    /** {@code sorted} must hold each item's values in ascending order; it is not copied. */
    public PeerValues(int units, Map<ItemCode, List<BigDecimal>> sorted) {
        this.units = units;
        this.sorted = sorted;
    }

    public static PeerValues of(Map<UnitCode, Map<ItemCode, BigDecimal>> numbers) {
        Map<ItemCode, List<BigDecimal>> byItem = new HashMap<>();
        numbers.values().forEach(m -> m.forEach((item, v) -> byItem.computeIfAbsent(item, k -> new ArrayList<>()).add(v)));
        byItem.values().forEach(Collections::sort);
        return new PeerValues(numbers.size(), byItem);
    }

    /** Peers with a current return. */
    public int units() {
        return units;
    }

    /** How many peers reported a number for the item. */
    public int count(ItemCode item) {
        return sorted.getOrDefault(item, List.of()).size();
    }

    /** The peers' values of the item with {@code value} put in its place, ascending. */
    public List<BigDecimal> sortedWith(ItemCode item, BigDecimal value) {
        List<BigDecimal> values = sorted.getOrDefault(item, List.of());
        List<BigDecimal> with = new ArrayList<>(values.size() + 1);
        int at = Collections.binarySearch(values, value);
        int place = at >= 0 ? at : -at - 1;
        with.addAll(values.subList(0, place));
        with.add(value);
        with.addAll(values.subList(place, values.size()));
        return with;
    }
}
