package kaohe.report;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import kaohe.score.RankedUnit;
import kaohe.score.UnitAssessment;

/**
 * totals.csv: one row per unit, columns as INTERFACE.md fixes them, then the office's adjustments appended
 * (base_total before the points on the total, adjustment, veto with its reason) so existing readers of the
 * first ten columns are unaffected.
 */
public final class TotalsCsv {

    public static final List<String> COLUMNS = List.of("unit_code", "unit_name", "peer_group", "total", "rating", "rank", "items",
            "reported", "missing", "late", "base_total", "adjustment", "veto");

    private TotalsCsv() {
    }

    public static void write(List<RankedUnit> units, OutputStream out) {
        List<List<String>> rows = new ArrayList<>();
        for (RankedUnit ranked : units) {
            UnitAssessment a = ranked.assessment();
            rows.add(List.of(a.unit().code().value(), a.unit().name(), a.unit().peerGroup().text(),
                    ranked.shownTotal() == null ? "" : ranked.shownTotal().toPlainString(),
                    ranked.rating() == null ? "" : ranked.rating().name(), ranked.rank() == 0 ? "" : String.valueOf(ranked.rank()),
                    String.valueOf(a.counted()), String.valueOf(a.reported()), String.valueOf(a.missing()), String.valueOf(a.late()),
                    a.baseTotal() == null ? "" : kaohe.score.Exact.shown(a.baseTotal(), 2),
                    a.totalAdjustment().signum() == 0 ? "" : kaohe.score.Exact.shown(a.totalAdjustment(), 2),
                    a.veto().map(kaohe.score.Adjustment::text).orElse("")));
        }
        kaohe.shared.InterfaceCsv.write(out, COLUMNS, rows);
    }
}
