package kaohe.score;

import java.math.BigDecimal;
import java.util.Map;

/** Task progress statuses and their completion: 已完成 1.0 · 按进度推进 0.8 · 滞后 0.4 · 未启动 0. */
final class Milestone {

    private static final Map<String, BigDecimal> COMPLETION = Map.of(
            "已完成", BigDecimal.ONE, "按进度推进", new BigDecimal("0.8"), "滞后", new BigDecimal("0.4"), "未启动", BigDecimal.ZERO);

    private Milestone() {
    }

    public static BigDecimal completion(String status) {
        BigDecimal c = COMPLETION.get(status);
        if (c == null) {
            throw new IllegalArgumentException("not a progress status: " + status);
        }
        return c;
    }
}
