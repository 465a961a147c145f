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

    /** The assessments in the same order, each with its rating and rank among the peers with enough counted items. */
    public static List<RankedUnit> rank(List<UnitAssessment> assessments, int minimumRanked) {
        List<RankedUnit> ranked = new ArrayList<>();
        for (UnitAssessment assessment : assessments) {
            BigDecimal shown = assessment.total() == null ? null : Exact.rounded(assessment.total(), 2);
            boolean vetoed = assessment.veto().isPresent();
            int rank = !rankable(assessment, minimumRanked) ? 0 : 1 + (int) assessments.stream()
                    .filter(other -> other.unit().peerGroup() == assessment.unit().peerGroup() && rankable(other, minimumRanked))
                    .filter(other -> ahead(other, vetoed, shown))
                    .count();
            Rating rating = shown == null ? null : vetoed ? Rating.不合格 : Rating.of(shown);
            ranked.add(new RankedUnit(assessment, shown, rating, rank, minimumRanked));
        }
        return ranked;
    }

    private static boolean rankable(UnitAssessment assessment, int minimumRanked) {
        return assessment.total() != null && (minimumRanked <= 1 || assessment.counted() >= minimumRanked);
    }

    /** A unit under 一票否决 is 不合格 and ranks after every peer without one, whatever its total. */
    private static boolean ahead(UnitAssessment other, boolean vetoed, BigDecimal shown) {
        boolean otherVetoed = other.veto().isPresent();
        if (otherVetoed != vetoed) {
            return vetoed;
        }
        return Exact.rounded(other.total(), 2).compareTo(shown) > 0;
    }
}
