package kaohe.validate;

import java.util.Optional;
import kaohe.shared.Period;
import kaohe.shared.UnitCode;

/** Where rules find a unit's previous accepted return; the return store answers in production. */
public interface PreviousReturns {

    Optional<PreviousReturn> latestBefore(String planId, UnitCode unit, Period period);

    /** The unit's accepted return for exactly {@code period}, for comparisons over a year; none by default. */
    default Optional<PreviousReturn> at(String planId, UnitCode unit, Period period) {
        return Optional.empty();
    }

    /** A unit's latest accepted return before a period, and its return of a year before, when there are. */
    record History(Optional<PreviousReturn> latest, Optional<PreviousReturn> yearAgo) {
    }

    /** {@link #latestBefore} and {@link #at} a year before, which the rules ask for every file; the store answers in one query. */
    default History history(String planId, UnitCode unit, Period period) {
        return new History(latestBefore(planId, unit, period), at(planId, unit, new Period(period.year() - 1, period.quarter())));
    }

    /** The numbers in the current accepted returns of {@code units} for the period, by unit; none by default. */
    default java.util.Map<UnitCode, java.util.Map<kaohe.shared.ItemCode, java.math.BigDecimal>> currentNumbers(
            String planId, Period period, java.util.List<UnitCode> units) {
        return java.util.Map.of();
    }

    /**
     * What {@code unit}'s peers (the rest of {@code groupUnits}) hold in their current returns of the period.
     * By default read through {@link #currentNumbers}; ingest keeps them for the run instead of asking per file.
     */
    default PeerValues peers(String planId, Period period, kaohe.plan.PeerGroup group, java.util.List<UnitCode> groupUnits,
                             UnitCode unit) {
        return PeerValues.of(currentNumbers(planId, period, groupUnits.stream().filter(u -> !u.equals(unit)).toList()));
    }

    PreviousReturns NONE = (planId, unit, period) -> Optional.empty();
}
