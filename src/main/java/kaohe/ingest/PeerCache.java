package kaohe.ingest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
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
        private final Map<ItemCode, List<BigDecimal>> sorted = new HashMap<>();

        synchronized PeerValues peers(Loader loader, String planId, Period period, List<UnitCode> groupUnits, UnitCode unit) {
            if (!loaded) {
                loader.load(planId, period, groupUnits).forEach(this::add);
                loaded = true;
            }
            Map<ItemCode, BigDecimal> own = byUnit.getOrDefault(unit, Map.of());
            Map<ItemCode, List<BigDecimal>> others = new HashMap<>();
            sorted.forEach((item, values) -> {
                List<BigDecimal> copy = new ArrayList<>(values);
                BigDecimal mine = own.get(item);
                int at = mine == null ? -1 : Collections.binarySearch(copy, mine);
                if (at >= 0) {
                    copy.remove(at);
                }
                others.put(item, copy);
            });
            return new PeerValues(byUnit.size() - (byUnit.containsKey(unit) ? 1 : 0), others);
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

        private void add(UnitCode unit, Map<ItemCode, BigDecimal> numbers) {
            byUnit.put(unit, Map.copyOf(numbers));
            numbers.forEach((item, v) -> {
                List<BigDecimal> values = sorted.computeIfAbsent(item, k -> new ArrayList<>());
                int at = Collections.binarySearch(values, v);
                values.add(at >= 0 ? at : -at - 1, v);
            });
        }

        private void remove(UnitCode unit) {
            Map<ItemCode, BigDecimal> old = byUnit.remove(unit);
            if (old != null) {
                old.forEach((item, v) -> sorted.get(item).remove(Collections.binarySearch(sorted.get(item), v)));
            }
        }
    }
}
