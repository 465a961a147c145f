package kaohe.ingest;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import kaohe.shared.Period;
import kaohe.shared.UnitCode;

/**
 * Which units may have a current (accepted) return for a plan and period, for one run: read once per period, then
 * noted as the run stores returns. An accepted return supersedes the unit's current one only where there may be one,
 * so a quarter's first returns, nearly all of a run, skip that statement. A unit noted for a file that is then rolled
 * back costs only the statement. Another machine accepting the same unit meanwhile is caught by the database's unique
 * current key; the loser's unit is noted, so filed again it supersedes.
 */
final class CurrentUnits {

    private record Key(String planId, Period period) {
    }

    private final BiFunction<String, Period, List<String>> stored;
    private final ConcurrentHashMap<Key, Set<String>> units = new ConcurrentHashMap<>();

    /** {@code stored}: the codes of the units with an accepted return for the plan and period, as the database holds them. */
    CurrentUnits(BiFunction<String, Period, List<String>> stored) {
        this.stored = stored;
    }

    boolean mayHaveCurrent(String planId, Period period, UnitCode unit) {
        return of(planId, period).contains(unit.value());
    }

    /** A unit whose return is being accepted now, or that another worker or machine may have accepted meanwhile. */
    void note(String planId, Period period, UnitCode unit) {
        of(planId, period).add(unit.value());
    }

    private Set<String> of(String planId, Period period) {
        return units.computeIfAbsent(new Key(planId, period), key -> {
            Set<String> found = ConcurrentHashMap.newKeySet();
            found.addAll(stored.apply(planId, period));
            return found;
        });
    }
}
