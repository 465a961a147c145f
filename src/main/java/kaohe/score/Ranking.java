package kaohe.score;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import kaohe.plan.PeerGroup;

/** Ranks units within their peer group by total as shown; equal totals share a rank (1, 2, 2, 4). */
public final class Ranking {

    private Ranking() {
    }

    /** The assessments in the same order, each with its rating and rank. */
    public static List<RankedUnit> rank(List<UnitAssessment> assessments) {
        List<RankedUnit> ranked = new ArrayList<>();
        for (UnitAssessment assessment : assessments) {
            BigDecimal shown = assessment.total() == null ? null : Exact.rounded(assessment.total(), 2);
            int rank = shown == null ? 0 : 1 + (int) assessments.stream()
                    .filter(other -> other.unit().peerGroup() == assessment.unit().peerGroup() && other.total() != null)
                    .filter(other -> Exact.rounded(other.total(), 2).compareTo(shown) > 0)
                    .count();
            ranked.add(new RankedUnit(assessment, shown, shown == null ? null : Rating.of(shown), rank));
        }
        return ranked;
    }

    public static long peers(List<UnitAssessment> assessments, PeerGroup group) {
        return assessments.stream().filter(a -> a.unit().peerGroup() == group).count();
    }
}
