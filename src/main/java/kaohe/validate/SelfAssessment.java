package kaohe.validate;

import kaohe.shared.ItemCode;

/**
 * 自评: what a unit says of one item beside its value. For an indicator its own verdict (达到 / 未达到, or "" when not
 * given), the reason it is behind and its 整改措施; for a task the status is its 进展状态 and the same two texts.
 */
public record SelfAssessment(ItemCode item, ItemType type, String status, String reason, String measures) {

    public SelfAssessment {
        status = status == null ? "" : status.trim();
        reason = reason == null ? "" : reason.trim();
        measures = measures == null ? "" : measures.trim();
    }

    public boolean isEmpty() {
        return status.isEmpty() && reason.isEmpty() && measures.isEmpty();
    }
}
