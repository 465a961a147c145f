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
    private final Verifications verifications;

    StoredReturnsData(AcceptedReturns returns, String planId, Verifications verifications) {
        this.returns = returns;
        this.planId = planId;
        this.verifications = verifications;
    }

    /** The unit's current return, with the 核查 verdicts applied: a reduced value counts instead, a false one as not reported. */
    @Override
    public Optional<UnitReturn> current(UnitCode unit, Period period) {
        return returns.current(planId, unit, period).map(stored -> {
            Map<ItemCode, ReturnValue> values = stored.values().stream().collect(Collectors.toMap(ReturnValue::item, Function.identity()));
            verifications.verdicts(planId, unit, period).forEach((item, verdict) -> values.computeIfPresent(item, (k, v) -> verified(v, verdict)));
            verifications.notRecognised(planId, unit, period, stored.id()).forEach((item, reason) -> values.computeIfPresent(item,
                    (k, v) -> new ReturnValue(v.item(), v.type(), kaohe.validate.ValueState.BLANK, null, null, "", "经审核不予认定：" + reason,
                            v.sheet(), v.cell(), null, null)));
            return new UnitReturn(stored.originalName(), stored.receivedAt(), values);
        });
    }

    private static ReturnValue verified(ReturnValue v, Verdict verdict) {
        return switch (verdict.kind()) {
            case TRUE -> v;
            case REDUCED -> new ReturnValue(v.item(), v.type(), v.state(), verdict.verified(), v.status(),
                    kaohe.shared.Decimals.plain(verdict.verified()), verdict.note(), v.sheet(), v.cell(), null, null);
            case FALSE -> new ReturnValue(v.item(), v.type(), kaohe.validate.ValueState.BLANK, null, v.status(), "", verdict.note(), v.sheet(),
                    v.cell(), null, null);
        };
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
