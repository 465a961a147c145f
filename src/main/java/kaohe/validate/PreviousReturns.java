package kaohe.validate;

import java.util.Optional;
import kaohe.shared.Period;
import kaohe.shared.UnitCode;

/** Where rules find a unit's previous accepted return; the return store answers in production. */
public interface PreviousReturns {

    Optional<PreviousReturn> latestBefore(String planId, UnitCode unit, Period period);

    PreviousReturns NONE = (planId, unit, period) -> Optional.empty();
}
