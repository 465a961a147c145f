package kaohe.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import kaohe.plan.Indicator;
import kaohe.plan.ReportingUnit;
import kaohe.score.Exact;
import kaohe.score.ItemScore;
import kaohe.score.Light;
import kaohe.score.RankedUnit;
import kaohe.score.Rating;
import kaohe.shared.UnitCode;

/**
 * 二、主要成效 and 三、存在问题 of the 通报, written from the period's results: what the city has reached and who has
 * done best or gained most; what is behind, who is furthest behind or has slipped, and who reported late or not at
 * all. Units and items are named as a reader knows them, never by code.
 */
final class BulletinFindings {

    /** How many units or items a sentence names before it says 等. */
    static final int NAMED = 3;

    private BulletinFindings() {
    }

    static List<String> achievements(PeriodReportData data) {
        String area = data.plan().reporting().area();
        List<ItemScore> cityWide = cityWide(data);
        List<ItemScore> reached = cityWide.stream().filter(i -> i.light() == Light.GREEN).toList();
        List<String> paragraphs = new ArrayList<>();
        String text = area + "本期计分的 " + cityWide.size() + " 项考核项目（以牵头单位报送的" + area + "值计）中，" + reached.size()
                + " 项达到目标或序时进度。";
        List<String> headline = reached.stream().filter(i -> isHeadline(data, i)).map(i -> quoted(i.name())).toList();
        if (!headline.isEmpty()) {
            text = text.substring(0, text.length() - 1) + "，其中主要目标" + String.join("", headline.subList(0, Math.min(NAMED, headline.size())))
                    + (headline.size() > NAMED ? "等 " + headline.size() + " 项" : "") + "已经实现。";
        }
        paragraphs.add(text);
        onTheWhole(data, cityWide).ifPresent(paragraphs::add);
        List<RankedUnit> excellent = data.units().stream().filter(u -> u.rating() == Rating.优秀)
                .sorted(Comparator.comparing(RankedUnit::shownTotal, Comparator.reverseOrder())).toList();
        if (!excellent.isEmpty()) {
            paragraphs.add("考核为优秀的是" + named(excellent, u -> "（" + ReportText.total(u) + " 分）") + "。");
        }
        List<Change> rose = changes(data).stream().filter(c -> c.points().signum() > 0)
                .sorted(Comparator.comparing(Change::points, Comparator.reverseOrder())).toList();
        if (!rose.isEmpty()) {
            paragraphs.add("与上季度相比，" + rose.size() + " 个单位总分提高，提高最多的是" + rose.stream().limit(NAMED)
                    .map(c -> c.unit().assessment().unit().name() + "（提高 " + Exact.shown(c.points(), 2) + " 分）")
                    .collect(Collectors.joining("、")) + "。");
        }
        return paragraphs;
    }

    static List<String> problems(PeriodReportData data, List<Bulletin.BehindItem> behind, Map<ReportingUnit, SubmissionState> states) {
        String area = data.plan().reporting().area();
        List<String> paragraphs = new ArrayList<>();
        if (behind.isEmpty()) {
            paragraphs.add("本期" + area + "没有滞后于目标的项目。");
        } else {
            paragraphs.add(area + "有 " + behind.size() + " 项滞后于目标（完成度低于 80%）：" + behind.stream().limit(NAMED)
                    .map(b -> quoted(b.city().name()) + "（牵头单位" + b.leadName() + "）").collect(Collectors.joining("、"))
                    + (behind.size() > NAMED ? "等" : "") + "。");
        }
        List<Map.Entry<RankedUnit, Long>> mostBehind = data.units().stream()
                .map(u -> Map.entry(u, u.assessment().items().stream().filter(i -> i.counts() && i.light() == Light.RED).count()))
                .filter(e -> e.getValue() > 0 && e.getKey().assessment().reported() > 0)
                .sorted(Map.Entry.<RankedUnit, Long>comparingByValue().reversed()
                        .thenComparing(e -> e.getKey().assessment().unit().code()))
                .toList();
        if (!mostBehind.isEmpty()) {
            paragraphs.add("滞后项目最多的单位是" + mostBehind.stream().limit(NAMED)
                    .map(e -> e.getKey().assessment().unit().name() + "（" + e.getValue() + " 项）").collect(Collectors.joining("、")) + "。");
        }
        List<Change> fell = changes(data).stream().filter(c -> c.points().signum() < 0)
                .sorted(Comparator.comparing(Change::points)).toList();
        if (!fell.isEmpty()) {
            paragraphs.add("与上季度相比，" + fell.size() + " 个单位总分下降，下降最多的是" + fell.stream().limit(NAMED)
                    .map(c -> c.unit().assessment().unit().name() + "（下降 " + Exact.shown(c.points().negate(), 2) + " 分）")
                    .collect(Collectors.joining("、")) + "。");
        }
        paragraphs.add(submissions(data, states));
        return paragraphs;
    }

    private static String submissions(PeriodReportData data, Map<ReportingUnit, SubmissionState> states) {
        Map<SubmissionState.State, List<String>> byState = new EnumMap<>(SubmissionState.State.class);
        states.values().stream().sorted(Comparator.comparing(s -> s.unit().code()))
                .forEach(s -> byState.computeIfAbsent(s.state(), k -> new ArrayList<>()).add(s.unit().name()));
        List<String> late = byState.getOrDefault(SubmissionState.State.LATE, List.of());
        List<String> none = new ArrayList<>(byState.getOrDefault(SubmissionState.State.MISSING, List.of()));
        none.addAll(byState.getOrDefault(SubmissionState.State.REJECTED, List.of()));
        String deadline = "报送截止" + BulletinForm.chinese(data.plan().deadline().deadline(data.period())) + "（北京时间）";
        if (late.isEmpty() && none.isEmpty()) {
            return deadline + "，各单位均按时报送。";
        }
        return deadline + "，按时报送 " + byState.getOrDefault(SubmissionState.State.ON_TIME, List.of()).size() + " 个；迟报 " + late.size() + " 个"
                + (late.isEmpty() ? "" : "（" + String.join("、", late) + "）") + "；未报送或报表退回未改 " + none.size() + " 个"
                + (none.isEmpty() ? "" : "（" + String.join("、", none) + "）") + "。";
    }

    /**
     * The targets judged on the whole (the counties' sum or mean, not a figure the lead typed): how many were met, and
     * the ones behind with the figure, how many units it rests on and the target, since these are the plan's own numbers.
     */
    private static java.util.Optional<String> onTheWhole(PeriodReportData data, List<ItemScore> cityWide) {
        List<ItemScore> wholes = cityWide.stream()
                .filter(i -> data.plan().indicator(i.item()).map(ind -> ind.whole() != null).orElse(false)).toList();
        if (wholes.isEmpty()) {
            return java.util.Optional.empty();
        }
        String area = data.plan().reporting().area();
        String group = data.plan().reporting().label(kaohe.plan.PeerGroup.COUNTY);
        List<ItemScore> behind = wholes.stream().filter(i -> i.light() != Light.GREEN).toList();
        String text = "按各" + group + "报送值汇总计算的" + area + "目标 " + wholes.size() + " 项中，" + (wholes.size() - behind.size())
                + " 项达到目标或序时进度";
        if (behind.isEmpty()) {
            return java.util.Optional.of(text + "。");
        }
        return java.util.Optional.of(text + "，" + behind.size() + " 项未达到：" + behind.stream().limit(NAMED)
                .map(i -> quoted(i.name()) + area + i.valueText() + "，目标" + i.targetText()).collect(Collectors.joining("；"))
                + (behind.size() > NAMED ? "等" : "") + "。");
    }

    /** Each item's city figure: the lead unit's own score on it, where it counts this period. */
    static List<ItemScore> cityWide(PeriodReportData data) {
        List<ItemScore> items = new ArrayList<>();
        for (RankedUnit u : data.units()) {
            for (ItemScore item : u.assessment().items()) {
                if (item.counts() && u.assessment().unit().code().equals(lead(data, item))) {
                    items.add(item);
                }
            }
        }
        return items;
    }

    private static UnitCode lead(PeriodReportData data, ItemScore item) {
        return data.plan().indicator(item.item()).map(Indicator::leadUnit)
                .orElseGet(() -> data.plan().task(item.item()).map(kaohe.plan.Task::leadUnit).orElse(null));
    }

    private static boolean isHeadline(PeriodReportData data, ItemScore item) {
        return data.plan().indicator(item.item()).map(i -> data.plan().headlineCategories().contains(i.category())).orElse(false);
    }

    /** A unit's total now against the quarter before's, where it had both and the earlier one was not 0. */
    record Change(RankedUnit unit, BigDecimal points) {
    }

    static List<Change> changes(PeriodReportData data) {
        Map<UnitCode, BigDecimal> before = data.earlierTotals().getOrDefault(data.period().previous(), Map.of());
        List<Change> changes = new ArrayList<>();
        for (RankedUnit u : data.units()) {
            BigDecimal earlier = before.get(u.assessment().unit().code());
            // A unit at 0 the quarter before had sent nothing usable: its "rise" is its first return, not progress.
            if (earlier != null && earlier.signum() != 0 && u.shownTotal() != null) {
                BigDecimal moved = u.shownTotal().subtract(Exact.rounded(earlier, 2));
                if (moved.signum() != 0) {
                    changes.add(new Change(u, moved));
                }
            }
        }
        return changes;
    }

    /** “name”, with the quotation marks inside the name made single, as Chinese nests them. */
    static String quoted(String name) {
        return "“" + name.replace('“', '‘').replace('”', '’') + "”";
    }

    private static String named(List<RankedUnit> units, java.util.function.Function<RankedUnit, String> after) {
        String names = units.stream().limit(NAMED).map(u -> u.assessment().unit().name() + after.apply(u)).collect(Collectors.joining("、"));
        return units.size() > NAMED ? names + "等 " + units.size() + " 个单位" : names;
    }
}
