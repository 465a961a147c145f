package kaohe.ingest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import kaohe.plan.PeerGroup;
import kaohe.shared.ItemCode;
import kaohe.shared.Period;
import kaohe.shared.UnitCode;
import kaohe.validate.PeerValues;

/**
 * The numbers of each peer group's current returns, kept for one ingest run so that comparing a return
 * with its peers (V205) reads the database once per group and period, not once per file: asked per file,
 * a quarter of 1,000 returns read 60,000 peer values a file. A return joins its group's numbers once its
 * transaction has committed, so a rolled-back file is never compared against. Returns another machine
 * stores into the same database during the run are seen from the next run on: V205 is a warning about
 * the peers sent so far, and the office's review workbook compares again over all of them.
 */
final class PeerCache {

    /**
     * Reads the accepted numbers of {@code units} for the period and hands them over one at a time: read whole as maps of
     * decimals, the 8,000 returns of a group of 10,000 units took about 90 MB for the moment they were packed (issue 27).
     */
    interface Loader {
        void load(String planId, Period period, List<UnitCode> units, PeerNumber number);
    }

    /** One accepted number of a unit; each unit's item comes once. */
    interface PeerNumber {
        void accept(UnitCode unit, ItemCode item, BigDecimal value);
    }

    private record Key(String planId, Period period, PeerGroup group) {
    }

    private final Loader loader;
    private final Map<Key, Group> groups = new ConcurrentHashMap<>();

    PeerCache(Loader loader) {
        this.loader = loader;
    }

    PeerValues peers(String planId, Period period, PeerGroup group, List<UnitCode> groupUnits, UnitCode unit) {
        return groups.computeIfAbsent(new Key(planId, period, group), k -> new Group()).peers(loader, planId, period, groupUnits, unit);
    }

    /** A unit's newly current numbers, after its return committed. */
    void accepted(String planId, Period period, PeerGroup group, UnitCode unit, Map<ItemCode, BigDecimal> numbers) {
        groups.computeIfAbsent(new Key(planId, period, group), k -> new Group()).put(unit, numbers);
    }

    /** Forgets everything: a run starts from what the database holds, whatever the office changed between runs. */
    void clear() {
        groups.clear();
    }

    /**
     * One group's numbers; loaded on first use, under the lock its updates take, so no commit slips between. Values are
     * packed into longs, per unit by item and per item in ascending order, so 10,000 units cost megabytes, not a
     * hundred (issue 27: memory flat at 10,000 returns).
     */
    private static final class Group {
        private boolean loaded;
        private final PackedDecimals packing = new PackedDecimals();
        private final Map<ItemCode, Integer> itemIndex = new HashMap<>();
        private final List<ItemCode> items = new ArrayList<>();
        private final Map<UnitCode, long[]> byUnit = new HashMap<>();
        /** By item index, each ascending; an update makes a new sequence rather than change one, so readers need no lock. */
        private SortedBlocks[] sorted = new SortedBlocks[0];

        synchronized PeerValues peers(Loader loader, String planId, Period period, List<UnitCode> groupUnits, UnitCode unit) {
            if (!loaded) {
                load(loader, planId, period, groupUnits);
                loaded = true;
            }
            Map<ItemCode, List<BigDecimal>> view = new HashMap<>();
            for (int i = 0; i < items.size(); i++) {
                view.put(items.get(i), new Unpacked(sorted[i], packing));
            }
            Map<ItemCode, BigDecimal> own = new HashMap<>();
            long[] mine = byUnit.get(unit);
            if (mine != null) {
                for (int i = 0; i < mine.length; i++) {
                    if (mine[i] != PackedDecimals.ABSENT) {
                        own.put(items.get(i), packing.unpack(mine[i]));
                    }
                }
            }
            // The unit's own values stay in the lists; the answer leaves them out where it reads them.
            return PeerValues.excluding(byUnit.size() - (mine != null ? 1 : 0), view, own);
        }

        /** Before the group is loaded an update is left to the load, which reads it from the database. */
        synchronized void put(UnitCode unit, Map<ItemCode, BigDecimal> numbers) {
            if (loaded) {
                remove(unit);
                if (!numbers.isEmpty()) {
                    add(unit, numbers);
                }
            }
        }

        /** The group as the database holds it, packed as it arrives, each item's values sorted once at the end. */
        private void load(Loader loader, String planId, Period period, List<UnitCode> units) {
            List<PackedList> byItem = new ArrayList<>();
            loader.load(planId, period, units, (unit, item, value) -> {
                int at = index(item);
                long[] mine = byUnit.get(unit);
                if (mine == null || mine.length <= at) {
                    mine = widened(mine, items.size());
                    byUnit.put(unit, mine);
                }
                long packed = packing.pack(value);
                mine[at] = packed;
                while (byItem.size() <= at) {
                    byItem.add(new PackedList());
                }
                byItem.get(at).add(packed);
            });
            for (int i = 0; i < byItem.size(); i++) {
                sorted[i] = byItem.get(i).sorted(packing::compare);
            }
        }

        private static long[] widened(long[] values, int length) {
            int from = values == null ? 0 : values.length;
            long[] wider = values == null ? new long[length] : java.util.Arrays.copyOf(values, length);
            java.util.Arrays.fill(wider, from, length, PackedDecimals.ABSENT);
            return wider;
        }

        private void add(UnitCode unit, Map<ItemCode, BigDecimal> numbers) {
            long[] mine = packed(numbers);
            byUnit.put(unit, mine);
            for (int i = 0; i < mine.length; i++) {
                if (mine[i] != PackedDecimals.ABSENT) {
                    sorted[i] = sorted[i].with(mine[i], packing::compare);
                }
            }
        }

        private void remove(UnitCode unit) {
            long[] old = byUnit.remove(unit);
            if (old != null) {
                for (int i = 0; i < old.length; i++) {
                    if (old[i] != PackedDecimals.ABSENT) {
                        sorted[i] = sorted[i].without(old[i], packing::compare);
                    }
                }
            }
        }

        /** The unit's values by item index, ABSENT where it has none. */
        private long[] packed(Map<ItemCode, BigDecimal> numbers) {
            numbers.keySet().forEach(this::index);
            long[] mine = new long[items.size()];
            java.util.Arrays.fill(mine, PackedDecimals.ABSENT);
            numbers.forEach((item, v) -> mine[index(item)] = packing.pack(v));
            return mine;
        }

        private int index(ItemCode item) {
            Integer known = itemIndex.get(item);
            if (known != null) {
                return known;
            }
            itemIndex.put(item, items.size());
            items.add(item);
            sorted = java.util.Arrays.copyOf(sorted, items.size());
            sorted[items.size() - 1] = SortedBlocks.EMPTY;
            return items.size() - 1;
        }
    }

    /** Packed values in the order they came, grown as they come. */
    private static final class PackedList {
        private long[] values = new long[64];
        private int size;

        void add(long value) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        SortedBlocks sorted(SortedBlocks.Order order) {
            return SortedBlocks.of(SortedBlocks.sort(java.util.Arrays.copyOf(values, size), order));
        }
    }

    /** A packed ascending sequence read as decimals. */
    private static final class Unpacked extends java.util.AbstractList<BigDecimal> implements java.util.RandomAccess {
        private final SortedBlocks values;
        private final PackedDecimals packing;

        Unpacked(SortedBlocks values, PackedDecimals packing) {
            this.values = values;
            this.packing = packing;
        }

        @Override
        public BigDecimal get(int index) {
            return packing.unpack(values.get(index));
        }

        @Override
        public int size() {
            return values.size();
        }
    }
}
