package kaohe.rectify;

import java.time.LocalDate;
import kaohe.shared.Period;
import kaohe.shared.UnitCode;

/**
 * One unit that owes a 整改 report for a period, as the published version's 通报 (and its rectify.csv) set it.
 *
 * @param reason 一票否决, 不合格 or 本组末位
 * @param due    the last day, Beijing time
 */
public record RectificationDue(Period period, int version, UnitCode unit, String unitName, String reason, LocalDate due) {
}
