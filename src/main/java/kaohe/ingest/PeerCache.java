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

    /** Reads the accepted numbers of {@code units} for the period, by unit. */
    interface Loader {
        Map<UnitCode, Map<ItemCode, BigDecimal>> load(String planId, Period period, List<UnitCode> units);
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

    /** One group's numbers; loaded on first use, under the lock its updates take, so no commit slips between. */
    private static final class Group {
        private boolean loaded;
        private final Map<UnitCode, Map<ItemCode, BigDecimal>> byUnit = new HashMap<>();
        private final Map<ItemCode, BigDecimal[]> sorted = new HashMap<>();

        synchronized PeerValues peers(Loader loader, String planId, Period period, List<UnitCode> groupUnits, UnitCode unit) {
            if (!loaded) {
                addAll(loader.load(planId, period, groupUnits));
                loaded = true;
            }
            // The lists are never changed once made (an update replaces them), so the answer reads them after the lock
            // is let go, and leaves the unit's own values out where it reads them instead of copying every list per file.
            Map<ItemCode, List<BigDecimal>> view = new HashMap<>();
            sorted.forEach((item, values) -> view.put(item, java.util.Arrays.asList(values)));
            return PeerValues.excluding(byUnit.size() - (byUnit.containsKey(unit) ? 1 : 0), view, byUnit.getOrDefault(unit, Map.of()));
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

        /** The group as the database holds it, each item's values sorted once. */
        private void addAll(Map<UnitCode, Map<ItemCode, BigDecimal>> numbers) {
            Map<ItemCode, List<BigDecimal>> byItem = new HashMap<>();
            numbers.forEach((unit, values) -> {
                byUnit.put(unit, Map.copyOf(values));
                values.forEach((item, v) -> byItem.computeIfAbsent(item, k -> new ArrayList<>()).add(v));
            });
            byItem.forEach((item, values) -> {
                BigDecimal[] array = values.toArray(BigDecimal[]::new);
                java.util.Arrays.sort(array);
                sorted.put(item, array);
            });
        }

        private void add(UnitCode unit, Map<ItemCode, BigDecimal> numbers) {
            byUnit.put(unit, Map.copyOf(numbers));
            numbers.forEach((item, v) -> {
                BigDecimal[] values = sorted.getOrDefault(item, new BigDecimal[0]);
                int at = java.util.Arrays.binarySearch(values, v);
                int place = at >= 0 ? at : -at - 1;
                BigDecimal[] next = new BigDecimal[values.length + 1];
                System.arraycopy(values, 0, next, 0, place);
                next[place] = v;
                System.arraycopy(values, place, next, place + 1, values.length - place);
                sorted.put(item, next);
            });
        }

        private void remove(UnitCode unit) {
            Map<ItemCode, BigDecimal> old = byUnit.remove(unit);
            if (old != null) {
                old.forEach((item, v) -> {
                    BigDecimal[] values = sorted.get(item);
                    int at = java.util.Arrays.binarySearch(values, v);
                    BigDecimal[] next = new BigDecimal[values.length - 1];
                    System.arraycopy(values, 0, next, 0, at);
                    System.arraycopy(values, at + 1, next, at, values.length - at - 1);
                    sorted.put(item, next);
                });
            }
        }
    }
}
