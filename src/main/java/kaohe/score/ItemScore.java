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

    /** The end of the rule of a 争取 target missed, which reports look for to list such items. */
    public static final String ASPIRATION_MISSED = "争取目标未达到，不扣分，不计入总分";

    public ItemScore {
        weight = kaohe.shared.Decimals.canonical(weight);
        target = kaohe.shared.Decimals.canonical(target);
        value = kaohe.shared.Decimals.canonical(value);
    }

    public boolean counts() {
        return flag.counts();
    }

    /** The same item scored anew (held to a group's completion, adjusted by the office), its reason added to the rule. */
    public ItemScore rescored(BigDecimal newCompletion, BigDecimal newScore, String why) {
        return new ItemScore(item, name, type, kind, value, valueText, targetText, target, expected, newCompletion, weight, newScore, flag,
                rule + "；" + why, sourceFile, sourceCell);
    }

    /** The same item set aside from the total with {@code newFlag} (an alternative not counted), its reason added to the rule. */
    public ItemScore setAside(ScoreFlag newFlag, String why) {
        return new ItemScore(item, name, type, kind, value, valueText, targetText, target, expected, completion, weight, null, newFlag,
                rule + "；" + why, sourceFile, sourceCell);
    }

    /** An item of {@code weight} to build part by part, each part named: what a scorer reads, so a reader can check it. */
    public static Builder of(ItemCode item, String name, ItemType type, TargetKind kind, BigDecimal weight) {
        return new Builder(item, name, type, kind, weight);
    }

    /** Builds an {@link ItemScore}; parts left unset are empty (no value, no target, left out of the total). */
    public static final class Builder {
        private final ItemCode item;
        private final String name;
        private final ItemType type;
        private final TargetKind kind;
        private final BigDecimal weight;
        private BigDecimal value;
        private String valueText = "";
        private String targetText = "";
        private BigDecimal target;
        private BigDecimal expected;
        private BigDecimal completion;
        private BigDecimal score;
        private ScoreFlag flag = ScoreFlag.NONE;
        private String rule = "";
        private String sourceFile = "";
        private String sourceCell = "";

        private Builder(ItemCode item, String name, ItemType type, TargetKind kind, BigDecimal weight) {
            this.item = item;
            this.name = name;
            this.type = type;
            this.kind = kind;
            this.weight = weight;
        }

        /** What the unit reported: the number (null for a task's status or a word) and how it reads. */
        public Builder reported(BigDecimal number, String text) {
            this.value = number;
            this.valueText = text;
            return this;
        }

        /** The target as shown, and the bar and 序时进度 the completion was reached against (null when none). */
        public Builder against(String text, BigDecimal bar, BigDecimal progress) {
            this.targetText = text;
            this.target = bar;
            this.expected = progress;
            return this;
        }

        /** The target as shown, with no number behind it. */
        public Builder against(String text) {
            return against(text, null, null);
        }

        public Builder scored(BigDecimal itemCompletion, BigDecimal itemScore) {
            this.completion = itemCompletion;
            this.score = itemScore;
            return this;
        }

        public Builder flagged(ScoreFlag itemFlag) {
            this.flag = itemFlag;
            return this;
        }

        /** How the completion was reached, in Chinese. */
        public Builder because(String itemRule) {
            this.rule = itemRule;
            return this;
        }

        /** The return file and cell the value came from. */
        public Builder from(String file, String cell) {
            this.sourceFile = file;
            this.sourceCell = cell;
            return this;
        }

        public ItemScore build() {
            return new ItemScore(item, name, type, kind, value, valueText, targetText, target, expected, completion, weight, score, flag,
                    rule, sourceFile, sourceCell);
        }
    }

    /** The light of the completion as shown (4 places), so a shown 0.8000 is never red nor 1.0000 amber. */
    public Light light() {
        return completion == null ? null : Light.of(Exact.rounded(completion, 4));
    }
}
