package kaohe.score;

import java.math.BigDecimal;
import kaohe.shared.Period;

/** One item of one unit in an earlier assessed period, as that period's latest run scored it: for trends. */
public record ItemPoint(Period period, String valueText, BigDecimal completion, ScoreFlag flag) {
}
