package kaohe.report;

import java.time.LocalDate;
import java.util.List;
import kaohe.score.RankedUnit;
import kaohe.score.Rating;

/**
 * {@code rectify.csv} beside the period's reports: who owes a written 整改 report under the plan's rule
 * (bulletin.properties), why, and by when in Beijing time, as the 通报's 下步工作要求 names them. It travels with the
 * reports into each published version, so the office has the list the published 通报 set.
 */
final class RectificationList {

    static final String FILE = "rectify.csv";
    static final List<String> COLUMNS = List.of("unit_code", "unit_name", "peer_group", "reason", "due");

    private RectificationList() {
    }

    static List<List<String>> rows(Bulletin bulletin, LocalDate issued, Rectification rule) {
        LocalDate due = issued.plusDays(rule.days());
        return bulletin.rectify().stream().map(u -> List.of(u.assessment().unit().code().value(), u.assessment().unit().name(),
                u.assessment().unit().peerGroup().name().toLowerCase(java.util.Locale.ROOT), reason(u), due.toString())).toList();
    }

    /** 一票否决, 不合格 or 本组末位: what puts the unit on the list. */
    static String reason(RankedUnit unit) {
        if (unit.assessment().veto().isPresent()) {
            return "一票否决";
        }
        return unit.rating() == Rating.不合格 ? "不合格" : "本组末位";
    }
}
