package kaohe.score;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kaohe.shared.ItemCode;
import kaohe.shared.Period;
import kaohe.shared.UnitCode;
import kaohe.validate.ItemType;
import kaohe.validate.ReturnValue;
import kaohe.validate.ValueState;

/** Returns held in memory, for scoring tests that need no database. */
public final class InMemoryReturns implements ScoringData {

    private final Map<String, UnitReturn> returns = new HashMap<>();
    private final Set<String> rejected = new HashSet<>();

    /** A return received in time: values are numbers, "无" for not applicable, or task statuses. */
    public InMemoryReturns put(String unit, String period, String... codeValuePairs) {
        return put(unit, period, Period.of(period).lastDay().plusDays(1).atStartOfDay(kaohe.plan.DeadlineRule.PLAN_TIME).toInstant(),
                codeValuePairs);
    }

    InMemoryReturns put(String unit, String period, Instant received, String... codeValuePairs) {
        Map<ItemCode, ReturnValue> values = new HashMap<>();
        for (int i = 0; i < codeValuePairs.length; i += 2) {
            ItemCode code = ItemCode.of(codeValuePairs[i]);
            String v = codeValuePairs[i + 1];
            boolean task = code.value().startsWith("T") || code.value().startsWith("K");
            ReturnValue value = task
                    ? new ReturnValue(code, ItemType.TASK, ValueState.VALUE, null, v, v, "", "任务", "D" + (6 + i / 2))
                    : v.equals("无")
                    ? new ReturnValue(code, ItemType.INDICATOR, ValueState.NOT_APPLICABLE, null, null, v, "", "指标", "E" + (6 + i / 2))
                    : new ReturnValue(code, ItemType.INDICATOR, ValueState.VALUE, new BigDecimal(v), null, v, "", "指标", "E" + (6 + i / 2));
            values.put(code, value);
        }
        returns.put(unit + "@" + period, new UnitReturn(unit + "-" + period + ".xlsx", received, values));
        return this;
    }

    /** A return received in time holding one ratio, as its numerator, denominator and the value ingest derived from them. */
    public InMemoryReturns putRatio(String unit, String period, kaohe.plan.Indicator indicator, String numerator, String denominator) {
        BigDecimal n = new BigDecimal(numerator);
        BigDecimal d = new BigDecimal(denominator);
        ReturnValue value = new ReturnValue(indicator.code(), ItemType.INDICATOR, ValueState.VALUE, indicator.ratio().of(n, d), null,
                numerator + "/" + denominator, "", "指标", "E6", n, d);
        returns.put(unit + "@" + period, new UnitReturn(unit + "-" + period + ".xlsx",
                Period.of(period).lastDay().plusDays(1).atStartOfDay(kaohe.plan.DeadlineRule.PLAN_TIME).toInstant(),
                new HashMap<>(Map.of(indicator.code(), value))));
        return this;
    }

    /** These returns and {@code other}'s together. */
    InMemoryReturns and(InMemoryReturns other) {
        returns.putAll(other.returns);
        rejected.addAll(other.rejected);
        return this;
    }

    /** These returns less the unit's return for the period, as if it never came. */
    InMemoryReturns without(String unit, String period) {
        returns.remove(unit + "@" + period);
        return this;
    }

    InMemoryReturns rejected(String unit, String period) {
        rejected.add(unit + "@" + period);
        return this;
    }

    @Override
    public Optional<UnitReturn> current(UnitCode unit, Period period) {
        return Optional.ofNullable(returns.get(unit.value() + "@" + period));
    }

    @Override
    public boolean hasRejected(UnitCode unit, Period period) {
        return rejected.contains(unit.value() + "@" + period);
    }

    @Override
    public Optional<BigDecimal> annualValue(UnitCode unit, ItemCode item, int year) {
        return current(unit, new Period(year, 4)).map(r -> r.values().get(item)).filter(v -> v.state() == ValueState.VALUE)
                .map(ReturnValue::value);
    }
}
