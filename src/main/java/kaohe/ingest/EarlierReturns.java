package kaohe.ingest;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import kaohe.shared.Period;
import kaohe.shared.UnitCode;

/**
 * Which units may have an accepted return before a quarter, for one run: each plan's earliest accepted quarter per
 * unit, read once, then noted as the run accepts returns. The rules compare a return with the unit's history; a unit
 * with nothing before the quarter (every unit in a programme's first quarter, a unit new to the plan) skips that
 * query (4 % of a warm return's CPU at 10× in {@code bench}). A unit noted for a file that is then rolled back costs only the query.
 * A return another machine accepts for an earlier quarter while this run lasts is not seen before the next run.
 */
final class EarlierReturns {

    private final Function<String, Map<String, String>> stored;
    /** Plan → unit code → the earliest quarter with an accepted return. */
    private final ConcurrentHashMap<String, ConcurrentHashMap<String, Period>> earliest = new ConcurrentHashMap<>();

    /** {@code stored}: for a plan, each unit's earliest quarter (its code) with an accepted return, as the database holds them. */
    EarlierReturns(Function<String, Map<String, String>> stored) {
        this.stored = stored;
    }

    boolean mayHaveBefore(String planId, UnitCode unit, Period period) {
        Period first = of(planId).get(unit.value());
        return first != null && first.compareTo(period) < 0;
    }

    /** A unit whose return for {@code period} is being accepted now, or that another worker or machine may have accepted. */
    void note(String planId, UnitCode unit, Period period) {
        of(planId).merge(unit.value(), period, (known, noted) -> known.compareTo(noted) <= 0 ? known : noted);
    }

    private ConcurrentHashMap<String, Period> of(String planId) {
        return earliest.computeIfAbsent(planId, plan -> {
            ConcurrentHashMap<String, Period> found = new ConcurrentHashMap<>();
            stored.apply(plan).forEach((unit, period) -> found.put(unit, Period.of(period)));
            return found;
        });
    }
}
