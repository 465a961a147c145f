package kaohe.plan;

/**
 * The kind of an item's target with the parameters that do not change by year.
 *
 * @param direction for VS_REFERENCE and TREND, else null
 * @param span      years a TREND looks back over, else 0
 */
public record TargetRule(TargetKind kind, Direction direction, int span) {

    public static TargetRule of(TargetKind kind) {
        return new TargetRule(kind, null, 0);
    }
}
