package kaohe.validate;

import java.util.List;
import java.util.Optional;
import kaohe.shared.ItemCode;
import kaohe.shared.Period;
import kaohe.shared.UnitCode;

/** A return decoded into typed values: whose it is, for which period and plan, and every item. */
public record DecodedReturn(String planId, String planVersion, UnitCode unit, Period period, List<ReturnValue> values,
                            List<SelfAssessment> selfAssessments) {

    public DecodedReturn(String planId, String planVersion, UnitCode unit, Period period, List<ReturnValue> values) {
        this(planId, planVersion, unit, period, values, List.of());
    }

    public DecodedReturn {
        values = List.copyOf(values);
        selfAssessments = List.copyOf(selfAssessments);
    }

    public Optional<ReturnValue> value(ItemCode item) {
        return values.stream().filter(v -> v.item().equals(item)).findFirst();
    }
}
