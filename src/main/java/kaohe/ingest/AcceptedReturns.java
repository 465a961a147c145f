package kaohe.ingest;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kaohe.shared.ItemCode;
import kaohe.shared.Period;
import kaohe.shared.UnitCode;
import kaohe.validate.PreviousReturns;

/** The accepted returns' contents: what scoring, the office's review, templates and report-up read. */
public interface AcceptedReturns extends PreviousReturns {

    /** The current (accepted, not superseded) return of a unit for a period. */
    Optional<StoredReturn> current(String planId, UnitCode unit, Period period);

    /** Every unit's current return of the period with its values, in two queries whatever the number of units. */
    Map<UnitCode, StoredReturn> currentByUnit(String planId, Period period);

    /** Every current return of the period, by unit code. */
    List<CurrentReturn> currentReturns(String planId, Period period);

    /** The number the unit reported for the item in its current accepted return of the period. */
    Optional<BigDecimal> acceptedValue(String planId, UnitCode unit, ItemCode item, Period period);

    /** True when the unit sent returns for the period and every one of them was rejected or returned. */
    boolean hasOnlyRejected(String planId, UnitCode unit, Period period);

    /** 自评 of each unit's current return for the period, by unit; empty for returns that carry none. */
    default Map<UnitCode, List<kaohe.validate.SelfAssessment>> selfAssessments(String planId, Period period) {
        return Map.of();
    }
}
