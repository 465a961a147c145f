package kaohe.plan;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kaohe.shared.Decimals;
import kaohe.shared.Period;
import kaohe.shared.UnitCode;

/**
 * What governs one unit's indicator in one period. A target stated for a later year ("到2019年") is
 * read as 序时进度 when a baseline is known: a straight line from the baseline at the end of its year
 * through each stated target in turn, so a unit on its way to the target is not shown as behind.
 * Without a baseline the stated target itself governs, in full, and the note says so.
 *
 * @param target   the bar scoring holds the value to: the stated target, or for 左右 the stated number less (for a
 *                 ceiling, plus) its tolerance
 * @param stated   the target as the plan words it, which templates and reports show
 * @param baseline the value the line starts from, null when none is known (the target governs in full)
 * @param expected the 序时进度 value for the period, null when the target governs as stated
 * @param own      whether the target is the unit's own (unit-targets.csv) rather than the plan-wide one
 */
public record TargetReading(YearTarget target, YearTarget stated, Baseline baseline, BigDecimal expected, boolean own) {

    /** Kinds whose stated value is approached over time; the others (rank, zero, reference, trend) are met or not. */
    private static final Set<TargetKind> PRO_RATED = EnumSet.of(TargetKind.AT_LEAST, TargetKind.AT_MOST, TargetKind.RANGE,
            TargetKind.CUMULATIVE);

    private static final MathContext CONTEXT = MathContext.DECIMAL128;

    /** Empty when nothing governs the period: not due then, or no target for its year. */
    public static Optional<TargetReading> of(Plan plan, Indicator indicator, UnitCode unit, Period period) {
        if (!indicator.due().isDueIn(period)) {
            return Optional.empty();
        }
        boolean own = plan.hasOwnTarget(indicator, unit);
        return plan.targetFor(indicator, unit, period.year()).map(stated -> {
            YearTarget target = stated.bar(indicator.rule().kind());
            if (stated.pending() || !PRO_RATED.contains(indicator.rule().kind()) || target.target() == null) {
                return new TargetReading(target, stated, null, null, own);
            }
            Optional<Baseline> baseline = plan.baselineOf(indicator, unit);
            if (indicator.rule().kind() == TargetKind.CUMULATIVE && baseline.isEmpty()) {
                baseline = Optional.of(new Baseline(BigDecimal.ZERO, plan.start().year() - 1));
            }
            List<YearTarget> bars = plan.targetsOf(indicator, unit).stream().map(t -> t.bar(indicator.rule().kind())).toList();
            return baseline.map(b -> new TargetReading(target, stated, b, expected(indicator, bars, b, plan, period), own))
                    .orElseGet(() -> new TargetReading(target, stated, null, null, own));
        });
    }

    /** What templates and reports show as the target of an item whose unit target the office has yet to fill. */
    public static final String PENDING_TEXT = "本单位目标待填写（目标分解），暂不考核";

    /** Whether the unit's own target is still to be filled by the office: nothing to score against yet. */
    public boolean pending() {
        return stated.pending();
    }

    /** {@link #expected(Indicator, List, Baseline, Plan, Period)} on the plan-wide targets. */
    public static BigDecimal expected(Indicator indicator, Baseline baseline, Plan plan, Period period) {
        return expected(indicator, indicator.targets(), baseline, plan, period);
    }

    /**
     * The 序时进度 value at the end of {@code period} on the line from {@code baseline} through the
     * indicator's stated targets up to the plan's last year. A rate already beyond its target keeps the
     * target as its bar (a baseline of 99% does not raise a 98% target).
     */
    public static BigDecimal expected(Indicator indicator, List<YearTarget> targets, Baseline baseline, Plan plan, Period period) {
        Period origin = new Period(baseline.year(), 4);
        int quarter = period.quartersSince(origin);
        int fromQuarter = 0;
        BigDecimal fromValue = baseline.value();
        BigDecimal line = fromValue;
        BigDecimal governing = null;
        for (YearTarget stated : targets) {
            if (stated.year() > plan.end().year() || stated.year() <= baseline.year() || stated.target() == null) {
                continue;
            }
            int toQuarter = new Period(stated.year(), 4).quartersSince(origin);
            governing = stated.target();
            if (quarter <= toQuarter) {
                BigDecimal rise = stated.target().subtract(fromValue);
                BigDecimal share = BigDecimal.valueOf(quarter - fromQuarter).divide(BigDecimal.valueOf(toQuarter - fromQuarter), CONTEXT);
                line = fromValue.add(rise.multiply(share, CONTEXT), CONTEXT);
                break;
            }
            fromQuarter = toQuarter;
            fromValue = stated.target();
            line = fromValue;
        }
        if (governing == null) {
            return line;
        }
        return switch (indicator.rule().kind()) {
            case AT_LEAST, RANGE -> baseline.value().compareTo(governing) >= 0 ? governing : line;
            case AT_MOST -> baseline.value().compareTo(governing) <= 0 ? governing : line;
            default -> line;
        };
    }

    /** The target as templates and reports show it, with what governs after {@code separator}: "≥40张；无基数，…". */
    public String text(Indicator indicator, Period period, String separator) {
        if (pending()) {
            return PENDING_TEXT;
        }
        String note = note(indicator, period);
        return TargetText.of(indicator, stated) + (own ? "（本单位目标）" : "") + (note.isEmpty() ? "" : separator + note);
    }

    /** "序时进度 13.33（2016年基数 0 → 2019年 40）"; only for a pro-rated reading. */
    public String proRataText() {
        return "序时进度 " + Decimals.plain(expected.setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros())
                + "（" + baseline.year() + "年基数 " + Decimals.plain(baseline.value()) + " → " + target.year() + "年 "
                + Decimals.plain(target.target()) + "）";
    }

    public boolean isProRated() {
        return expected != null;
    }

    /** Whether a target stated for a later year governs this period in full because no baseline is known. */
    public boolean governsInFullEarly(Indicator indicator, Period period) {
        return expected == null && target.year() > period.year() && PRO_RATED.contains(indicator.rule().kind())
                && target.target() != null;
    }

    /**
     * One line for templates and reports saying what governs, e.g. "序时进度 13.33（2016年基数 0 → 2019年 40）"
     * or "无基数，按2019年目标全额考核"; "" when the stated target itself is the bar (its own year, or 序时进度
     * has reached it).
     */
    public String note(Indicator indicator, Period period) {
        if (isProRated() && expected.compareTo(target.target()) == 0) {
            return "";
        }
        if (isProRated()) {
            return proRataText();
        }
        if (governsInFullEarly(indicator, period)) {
            return "无基数，按" + target.year() + "年目标全额考核";
        }
        if (target.year() < period.year()) {
            return target.year() + "年目标持续有效";
        }
        return "";
    }
}
