package kaohe.score;

import java.math.BigDecimal;
import kaohe.plan.TargetKind;
import kaohe.shared.ItemCode;
import kaohe.validate.ItemType;

/**
 * One item of one unit's assessment, with everything needed to explain it.
 *
 * @param valueText  the value as reported (a number or a progress status), "" when none
 * @param target     the target value the completion was measured against (the reference value for
 *                   VS_REFERENCE, the rank for RANK_WITHIN), null when the kind has none
 * @param expected   序时进度 expected value of a CUMULATIVE item, else null
 * @param completion null for items left out of the total (not due, not applicable)
 * @param score      weight × completion (or the deduction rule's result); null when left out
 * @param rule       how the completion was reached, in Chinese, e.g. "min(1, 96.5 ÷ 95)"
 * @param sourceCell "指标!E6", or "" when nothing was reported
 */
public record ItemScore(ItemCode item, String name, ItemType type, TargetKind kind, BigDecimal value, String valueText,
                        String targetText, BigDecimal target, BigDecimal expected, BigDecimal completion, BigDecimal weight,
                        BigDecimal score, ScoreFlag flag, String rule, String sourceFile, String sourceCell) {

    public ItemScore {
        weight = kaohe.shared.Decimals.canonical(weight);
        target = kaohe.shared.Decimals.canonical(target);
        value = kaohe.shared.Decimals.canonical(value);
    }

    public boolean counts() {
        return flag.counts();
    }

    /** The light of the completion as shown (4 places), so a shown 0.8000 is never red nor 1.0000 amber. */
    public Light light() {
        return completion == null ? null : Light.of(Exact.rounded(completion, 4));
    }
}
