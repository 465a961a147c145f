package kaohe.score;

import java.math.BigDecimal;

/**
 * A unit's assessment with its place among its peers.
 *
 * @param shownTotal the total rounded half-up to 2 places, which ratings and ranks use so that what
 *                   readers see agrees with them; null when nothing counted
 * @param rank       1-based, ties share a rank (1, 2, 2, 4); 0 when the unit has no total
 */
public record RankedUnit(UnitAssessment assessment, BigDecimal shownTotal, Rating rating, int rank) {
}
