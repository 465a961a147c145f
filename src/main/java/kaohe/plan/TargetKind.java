package kaohe.plan;

/**
 * How a target is read. The parameters each kind needs are listed with it; completion rules are in
 * PRODUCT.md and belong to scoring.
 */
public enum TargetKind {
    /** 达到x以上, ≥x: a target value. */
    AT_LEAST(true, false),
    /** 控制在x以内, ≤x: a target value. */
    AT_MOST(true, false),
    /** 0次, 未发生: no value. */
    ZERO(false, false),
    /** 1—2个: a target and a stretch target_max. */
    RANGE(true, true),
    /** 新增/培育 n 个 by a year: a target, optionally yearly milestones, and a baseline. */
    CUMULATIVE(true, false),
    /** 前10位, 居…前列: the rank n that must be reached. */
    RANK_WITHIN(true, false),
    /**
     * 居…前列: a rank. 前列 sets no number, so the bar (前n位) is not invented in the plan: it comes per
     * period from the reference values, as the office learns it from the national evaluation.
     */
    RANK_FRONT(false, false),
    /** 低于全国平均水平: a direction (below/above); the reference value comes per period. */
    VS_REFERENCE(false, false),
    /** 不断提高, 连续3年增长: a direction (rising/falling) and a span of years. */
    TREND(false, false),
    /** 建立…制度 (tasks): a progress status. */
    MILESTONE(false, false);

    private final boolean needsTarget;
    private final boolean needsTargetMax;

    TargetKind(boolean needsTarget, boolean needsTargetMax) {
        this.needsTarget = needsTarget;
        this.needsTargetMax = needsTargetMax;
    }

    public boolean needsTarget() {
        return needsTarget;
    }

    public boolean needsTargetMax() {
        return needsTargetMax;
    }

    public boolean needsDirection() {
        return this == VS_REFERENCE || this == TREND;
    }

    /** Whether the bar comes per period from the reference values rather than from the plan. */
    public boolean needsReference() {
        return this == VS_REFERENCE || this == RANK_FRONT;
    }

    public boolean needsSpan() {
        return this == TREND;
    }

    /** The directions that make sense for this kind; empty when the kind takes none. */
    public java.util.Set<Direction> directions() {
        return switch (this) {
            case VS_REFERENCE -> java.util.EnumSet.of(Direction.BELOW, Direction.ABOVE);
            case TREND -> java.util.EnumSet.of(Direction.RISING, Direction.FALLING);
            default -> java.util.EnumSet.noneOf(Direction.class);
        };
    }
}
