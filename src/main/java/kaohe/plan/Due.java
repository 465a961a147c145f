package kaohe.plan;

import kaohe.shared.Period;

/** When an item is assessed: every quarter, or only in the annual (Q4) assessment. */
public enum Due {
    QUARTERLY, ANNUAL;

    public boolean isDueIn(Period period) {
        return this == QUARTERLY || period.isAnnual();
    }

    public String text() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
