package kaohe.validate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import kaohe.plan.Indicator;
import kaohe.plan.Plan;
import kaohe.shared.Decimals;

/** Percentages lie in 0–100, nothing is negative, counts are whole numbers. */
public final class ValueRangeRule {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public List<Finding> check(DecodedReturn decoded, Plan plan) {
        List<Finding> findings = new ArrayList<>();
        for (ReturnValue value : decoded.values()) {
            if (value.type() != ItemType.INDICATOR || value.state() != ValueState.VALUE) {
                continue;
            }
            Indicator indicator = plan.indicator(value.item()).orElseThrow();
            String shown = Decimals.plain(value.value());
            if (value.value().signum() < 0) {
                findings.add(at(FindingCode.C103, value, shown));
            } else if (indicator.isPercent() && value.value().compareTo(HUNDRED) > 0) {
                findings.add(at(FindingCode.C102, value, shown));
            } else if (indicator.isCount() && value.value().scale() > 0) {
                findings.add(at(FindingCode.C104, value, shown));
            }
        }
        return findings;
    }

    private static Finding at(FindingCode code, ReturnValue value, String shown) {
        return Finding.at(code, value.sheet(), value.cell(), value.item().value(), shown);
    }
}
