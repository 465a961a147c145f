package kaohe.validate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kaohe.plan.Indicator;
import kaohe.plan.Plan;
import kaohe.plan.TargetKind;
import kaohe.shared.Decimals;

/**
 * Compares a return with the unit's previous accepted one: a cumulative count never falls (error); a
 * percentage that moves more than the configured number of points is worth a second look (warning).
 */
public final class PeriodOverPeriodRule {

    private final PreviousReturns previousReturns;
    private final BigDecimal rateChangeWarning;

    public PeriodOverPeriodRule(PreviousReturns previousReturns, int rateChangeWarning) {
        this.previousReturns = previousReturns;
        this.rateChangeWarning = BigDecimal.valueOf(rateChangeWarning);
    }

    public List<Finding> check(DecodedReturn decoded, Plan plan) {
        Optional<PreviousReturn> previous = previousReturns.latestBefore(decoded.planId(), decoded.unit(), decoded.period());
        if (previous.isEmpty()) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        for (ReturnValue value : decoded.values()) {
            BigDecimal before = previous.get().values().get(value.item());
            if (value.state() != ValueState.VALUE || value.type() != ItemType.INDICATOR || before == null) {
                continue;
            }
            Indicator indicator = plan.indicator(value.item()).orElseThrow();
            String period = previous.get().period().toString();
            if (indicator.rule().kind() == TargetKind.CUMULATIVE && value.value().compareTo(before) < 0) {
                findings.add(Finding.at(FindingCode.V201, value.sheet(), value.cell(), value.item().value(),
                        Decimals.plain(value.value()), period, Decimals.plain(before)));
            } else if (indicator.isPercent()) {
                BigDecimal change = value.value().subtract(before).abs();
                if (change.compareTo(rateChangeWarning) > 0) {
                    findings.add(Finding.at(FindingCode.V202, value.sheet(), value.cell(), value.item().value(),
                            period, Decimals.plain(before), Decimals.plain(Decimals.canonical(change)),
                            Decimals.plain(rateChangeWarning)));
                }
            }
        }
        return findings;
    }
}
