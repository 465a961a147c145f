package kaohe.score;

import java.math.BigDecimal;
import java.util.Optional;
import kaohe.shared.ItemCode;
import kaohe.shared.Period;
import kaohe.shared.UnitCode;

/** What scoring reads besides the plan: returns, and earlier years' values for trends. */
public interface ScoringData {

    Optional<UnitReturn> current(UnitCode unit, Period period);

    /** True when the unit sent returns for the period but none was accepted. */
    boolean hasRejected(UnitCode unit, Period period);

    /** The value the unit reported for the item in its accepted annual (Q4) return of {@code year}. */
    Optional<BigDecimal> annualValue(UnitCode unit, ItemCode item, int year);
}
