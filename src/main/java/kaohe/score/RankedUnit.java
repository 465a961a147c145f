package kaohe.score;

import java.math.BigDecimal;

/**
 * A unit's assessment with its place among its peers.
 *
 * @param shownTotal    the total rounded half-up to 2 places, which ratings and ranks use so that what
 *                      readers see agrees with them; null when nothing counted
 * @param rank          1-based, ties share a rank (1, 2, 2, 4); 0 when the unit has no total or is not ranked
 * @param minimumRanked the counted items a total must rest on for a rank (the plan's min-ranked-items)
 */
public record RankedUnit(UnitAssessment assessment, BigDecimal shownTotal, Rating rating, int rank, int minimumRanked) {

    public RankedUnit(UnitAssessment assessment, BigDecimal shownTotal, Rating rating, int rank) {
        this(assessment, shownTotal, rating, rank, 1);
    }

    /** A total resting on fewer counted items than the plan asks for a rank: shown, rated, not ranked. */
    public boolean tooFewItemsToRank() {
        return shownTotal != null && minimumRanked > 1 && assessment.counted() < minimumRanked;
    }

    /** The rank as the reports and the command line show it: "3", "—" without a total, or why there is none. */
    public String rankText() {
        if (tooFewItemsToRank()) {
            return notRanked();
        }
        return rank == 0 ? "—" : String.valueOf(rank);
    }

    /** The place as a sentence reads it: 第 3 名, 不参与排名（…）, or — without a total. */
    public String placeText() {
        return tooFewItemsToRank() ? notRanked() : rank == 0 ? "—" : "第 " + rank + " 名";
    }

    /** 不参与排名 with the reason, for a unit whose total rests on too few items. */
    public String notRanked() {
        return "不参与排名（计分项目 " + assessment.counted() + " 项，少于 " + minimumRanked + " 项）";
    }
}
