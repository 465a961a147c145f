package kaohe.plan;

/** Which way is good for VS_REFERENCE (below/above) and TREND (rising/falling) targets. */
public enum Direction {
    BELOW, ABOVE, RISING, FALLING;

    public String text() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
