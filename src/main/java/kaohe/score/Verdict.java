package kaohe.score;

import java.math.BigDecimal;

/**
 * The 核查结论 on one sampled value: 属实 (it stands), 核减为 x (x counts instead), 不属实 (it counts as not reported).
 *
 * @param verified the value that counts, for REDUCED
 */
public record Verdict(Kind kind, BigDecimal reported, BigDecimal verified, String reason) {

    public enum Kind {
        TRUE("属实"), REDUCED("核减为"), FALSE("不属实");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** "经核查核减为 85（原报 95）：…", the note a scored item carries. */
    public String note() {
        String reported = kaohe.shared.Decimals.plain(this.reported);
        return switch (kind) {
            case TRUE -> "经核查属实";
            case REDUCED -> "经核查核减为 " + kaohe.shared.Decimals.plain(verified) + "（原报 " + reported + "）：" + reason;
            case FALSE -> "经核查不属实（原报 " + reported + "），按未报计分：" + reason;
        };
    }
}
