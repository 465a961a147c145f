package kaohe.report;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import kaohe.score.Exact;
import kaohe.score.ItemScore;
import kaohe.score.RankedUnit;
import kaohe.shared.Decimals;

/**
 * scores.csv: one row per unit and item, columns as INTERFACE.md fixes them, then {@code adjustment}
 * appended: the office's 加减分 points on the item, already in its score.
 */
public final class ScoresCsv {

    public static final List<String> COLUMNS = List.of("unit_code", "unit_name", "peer_group", "item_code", "item_type", "kind",
            "value", "target", "expected", "completion", "weight", "score", "light", "flag", "source_file", "source_cell", "adjustment");

    private ScoresCsv() {
    }

    public static void write(List<RankedUnit> units, OutputStream out) {
        List<List<String>> rows = new ArrayList<>();
        for (RankedUnit ranked : units) {
            var unit = ranked.assessment().unit();
            for (ItemScore item : ranked.assessment().items()) {
                rows.add(List.of(unit.code().value(), unit.name(), unit.peerGroup().text(), item.item().value(), item.type().text(),
                        item.kind().name(), item.valueText(), plain(item.target()), Exact.shown(item.expected(), 4),
                        Exact.shown(item.completion(), 4), Decimals.plain(item.weight()), Exact.shown(item.score(), 2),
                        item.light() == null ? "" : item.light().text(), item.flag().text(), item.sourceFile(), item.sourceCell(),
                        adjustment(ranked, item)));
            }
        }
        kaohe.shared.InterfaceCsv.write(out, COLUMNS, rows);
    }

    private static String adjustment(RankedUnit ranked, ItemScore item) {
        BigDecimal points = ranked.assessment().adjustments().stream().filter(a -> item.item().equals(a.item()) && item.counts())
                .map(kaohe.score.Adjustment::points).reduce(BigDecimal.ZERO, BigDecimal::add);
        return points.signum() == 0 ? "" : Decimals.plain(Decimals.canonical(points));
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : Decimals.plain(Decimals.canonical(value));
    }
}
