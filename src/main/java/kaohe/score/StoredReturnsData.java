package kaohe.score;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import kaohe.ingest.AcceptedReturns;
import kaohe.shared.ItemCode;
import kaohe.shared.Period;
import kaohe.shared.UnitCode;
import kaohe.validate.ReturnValue;

/** Scoring's view of the returns ingest stored for a plan. */
final class StoredReturnsData implements ScoringData {

    private final AcceptedReturns returns;
    private final String planId;

    StoredReturnsData(AcceptedReturns returns, String planId) {
        this.returns = returns;
        this.planId = planId;
    }

    @Override
    public Optional<UnitReturn> current(UnitCode unit, Period period) {
        return returns.current(planId, unit, period).map(stored -> new UnitReturn(stored.originalName(), stored.receivedAt(),
                stored.values().stream().collect(Collectors.toMap(ReturnValue::item, Function.identity()))));
    }

    @Override
    public boolean hasRejected(UnitCode unit, Period period) {
        return returns.hasOnlyRejected(planId, unit, period);
    }

    @Override
    public Optional<BigDecimal> annualValue(UnitCode unit, ItemCode item, int year) {
        return returns.acceptedValue(planId, unit, item, new Period(year, 4));
    }

}
