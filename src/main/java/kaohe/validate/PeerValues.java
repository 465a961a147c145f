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
    private final Map<ItemCode, BigDecimal> excluded;

    /** {@code sorted} must hold each item's values in ascending order; it is not copied. */
    public PeerValues(int units, Map<ItemCode, List<BigDecimal>> sorted) {
        this(units, sorted, Map.of());
    }

    private PeerValues(int units, Map<ItemCode, List<BigDecimal>> sorted, Map<ItemCode, BigDecimal> excluded) {
        this.units = units;
        this.sorted = sorted;
        this.excluded = excluded;
    }

    /**
     * The group's values less one unit's own, without copying them: {@code sorted} holds every unit's values in
     * ascending order and must not change afterwards (the run's cache replaces a list rather than change it), and
     * {@code own} the unit's values, each left out of its item's list wherever it is read.
     */
    public static PeerValues excluding(int units, Map<ItemCode, List<BigDecimal>> sorted, Map<ItemCode, BigDecimal> own) {
        return new PeerValues(units, sorted, own);
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
        return values(item).size();
    }

    /** The peers' values of the item with {@code value} put in its place, ascending: a view, not a copy. */
    public List<BigDecimal> sortedWith(ItemCode item, BigDecimal value) {
        List<BigDecimal> values = values(item);
        int at = Collections.binarySearch(values, value);
        return new Inserted(values, at >= 0 ? at : -at - 1, value);
    }

    /** The item's values without the excluded unit's own. */
    private List<BigDecimal> values(ItemCode item) {
        List<BigDecimal> values = sorted.getOrDefault(item, List.of());
        BigDecimal own = excluded.get(item);
        int at = own == null ? -1 : Collections.binarySearch(values, own);
        return at < 0 ? values : new Skipped(values, at);
    }

    /** A sorted list read with one index left out. */
    private static final class Skipped extends java.util.AbstractList<BigDecimal> implements java.util.RandomAccess {
        private final List<BigDecimal> base;
        private final int skip;

        Skipped(List<BigDecimal> base, int skip) {
            this.base = base;
            this.skip = skip;
        }

        @Override
        public BigDecimal get(int index) {
            return base.get(index < skip ? index : index + 1);
        }

        @Override
        public int size() {
            return base.size() - 1;
        }
    }

    /** A sorted list read with one value put in at its place. */
    private static final class Inserted extends java.util.AbstractList<BigDecimal> implements java.util.RandomAccess {
        private final List<BigDecimal> base;
        private final int place;
        private final BigDecimal value;

        Inserted(List<BigDecimal> base, int place, BigDecimal value) {
            this.base = base;
            this.place = place;
            this.value = value;
        }

        @Override
        public BigDecimal get(int index) {
            return index < place ? base.get(index) : index == place ? value : base.get(index - 1);
        }

        @Override
        public int size() {
            return base.size() + 1;
        }
    }
}
