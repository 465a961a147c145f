package kaohe.score;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Ranks units within their peer group by total as shown; equal totals share a rank (1, 2, 2, 4). A unit
 * under 一票否决 is rated 不合格 and ranked after the others. A unit whose total rests on fewer counted
 * items than the plan's minimum keeps its total and rating but takes no rank and displaces no one: one
 * item out of 83 says too little to place it among its peers.
 */
public final class Ranking {

    private Ranking() {
    }

    /** The assessments in the same order, each with its rating and rank; every unit with a total is ranked. */
    public static List<RankedUnit> rank(List<UnitAssessment> assessments) {
        return rank(assessments, 1);
    }

    /**
     * The assessments in the same order, each with its rating and rank among the peers with enough counted
     * items. Each peer group is sorted once (unvetoed first, then by total as shown), so a province's
     * thousands of units rank in n log n.
     */
    public static List<RankedUnit> rank(List<UnitAssessment> assessments, int minimumRanked) {
        java.util.Map<UnitAssessment, Integer> ranks = new java.util.IdentityHashMap<>();
        java.util.Map<kaohe.plan.PeerGroup, List<UnitAssessment>> groups = new java.util.EnumMap<>(kaohe.plan.PeerGroup.class);
        for (UnitAssessment assessment : assessments) {
            if (rankable(assessment, minimumRanked)) {
                groups.computeIfAbsent(assessment.unit().peerGroup(), g -> new ArrayList<>()).add(assessment);
            }
        }
        java.util.Comparator<UnitAssessment> order = java.util.Comparator
                .comparing((UnitAssessment a) -> a.veto().isPresent())
                .thenComparing((UnitAssessment a) -> Exact.rounded(a.total(), 2), java.util.Comparator.reverseOrder());
        for (List<UnitAssessment> group : groups.values()) {
            group.sort(order);
            for (int i = 0; i < group.size(); i++) {
                boolean tie = i > 0 && order.compare(group.get(i - 1), group.get(i)) == 0;
                ranks.put(group.get(i), tie ? ranks.get(group.get(i - 1)) : i + 1);
            }
        }
        List<RankedUnit> ranked = new ArrayList<>();
        for (UnitAssessment assessment : assessments) {
            BigDecimal shown = assessment.total() == null ? null : Exact.rounded(assessment.total(), 2);
            Rating rating = shown == null ? null : assessment.veto().isPresent() ? Rating.不合格 : Rating.of(shown);
            ranked.add(new RankedUnit(assessment, shown, rating, ranks.getOrDefault(assessment, 0), minimumRanked));
        }
        return ranked;
    }

    private static boolean rankable(UnitAssessment assessment, int minimumRanked) {
        return assessment.total() != null && (minimumRanked <= 1 || assessment.counted() >= minimumRanked);
    }
}
