package kaohe.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import kaohe.plan.PeerGroup;
import kaohe.plan.Plan;
import kaohe.score.Adjustment;
import kaohe.score.RankedUnit;
import kaohe.shared.UnitCode;

/** The demo's results as the published reports show them: per peer group, ranked, aligned; and what changed since the draft. */
final class DemoResults {

    private DemoResults() {
    }

    static void print(PrintWriter out, Plan plan, List<RankedUnit> units) {
        for (PeerGroup group : PeerGroup.values()) {
            List<RankedUnit> mine = units.stream().filter(u -> u.assessment().unit().peerGroup() == group)
                    .sorted(Comparator.comparingInt((RankedUnit u) -> u.rank() == 0 || u.tooFewItemsToRank() ? Integer.MAX_VALUE : u.rank())
                            .thenComparing(u -> u.assessment().unit().code().value()))
                    .toList();
            if (mine.isEmpty()) {
                continue;
            }
            out.println("  " + plan.reporting().label(group) + "：");
            for (RankedUnit u : mine) {
                out.println("    " + Columns.left(u.placeText().startsWith("第") ? u.placeText() : "—", 10)
                        + Columns.left(u.assessment().unit().name(), 22) + Columns.right(total(u), 7) + "  "
                        + Columns.left(u.rating() == null ? "" : u.rating().name(), 8)
                        + (u.placeText().startsWith("第") ? "" : u.placeText().equals("—") ? "" : u.placeText())
                        + u.assessment().veto().map(v -> "  " + v.text()).orElse(""));
            }
        }
    }

    /** One line per unit whose total, rating or place differs from the draft, with the office's reason where it has one. */
    static List<String> changes(List<RankedUnit> draft, List<RankedUnit> published) {
        Map<UnitCode, RankedUnit> before = draft.stream().collect(Collectors.toMap(u -> u.assessment().unit().code(), Function.identity()));
        List<String> lines = new ArrayList<>();
        for (RankedUnit now : published) {
            RankedUnit was = before.get(now.assessment().unit().code());
            if (was == null || Objects.equals(total(was), total(now)) && was.rating() == now.rating() && was.rank() == now.rank()) {
                continue;
            }
            List<String> why = new ArrayList<>(now.assessment().adjustments().stream().map(Adjustment::text).toList());
            if (why.isEmpty()) {
                why.add("报表经退回修改、补报或更正后重新考核");
            }
            lines.add(now.assessment().unit().name() + " " + total(was) + " → " + total(now)
                    + (was.rating() == now.rating() ? "" : "，" + name(was) + " → " + name(now)) + "：" + String.join("；", why));
        }
        return lines;
    }

    private static String total(RankedUnit u) {
        return u.shownTotal() == null ? "—" : u.shownTotal().toPlainString();
    }

    private static String name(RankedUnit u) {
        return u.rating() == null ? "—" : u.rating().name();
    }
}
