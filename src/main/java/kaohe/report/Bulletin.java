package kaohe.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import kaohe.plan.Indicator;
import kaohe.plan.PeerGroup;
import kaohe.plan.ReportingUnit;
import kaohe.plan.Task;
import kaohe.score.ItemScore;
import kaohe.score.Light;
import kaohe.score.RankedUnit;
import kaohe.score.Rating;
import kaohe.shared.ItemCode;

/**
 * The 通报 of a period: what a 市长 reads on one page. Title, issuing office and date, a summary written
 * from the results, the ranking of each peer group and the items behind target city-wide. Page one of
 * leadership.pdf and bulletin.docx are both made from this, so they say the same.
 *
 * @param behind every item behind target city-wide, furthest behind first; page one shows as many as fit,
 *               the details all of them
 */
record Bulletin(String title, String office, String date, String edition, List<String> paragraphs,
                       List<Table> rankings, Table behind, List<String> rectify, List<Table> annexRankings) {

    static final String[] RANK_HEADERS = {"名次", "单位", "总分", "等级", "计分项目", "报送"};
    static String[] behindHeaders(kaohe.plan.Plan plan) {
        return new String[]{"编码", "项目", "目标", plan.reporting().area() + "值", "差距", "滞后单位"};
    }

    /** A table of the 通报: rows of cells, each row with its light (green, amber, red or ""). */
    public record Table(String title, String[] headers, List<String[]> rows, List<String> lights) {

        public Table {
            rows = List.copyOf(rows);
            lights = List.copyOf(lights);
        }
    }

    public Bulletin {
        paragraphs = List.copyOf(paragraphs);
        rankings = List.copyOf(rankings);
        rectify = List.copyOf(rectify);
        annexRankings = List.copyOf(annexRankings);
    }

    static final String[] CHANGE_HEADERS = {"上期总分", "名次变化"};

    /**
     * The rankings as the 附件 show them: each row followed by the unit's total and the change of its rank since the
     * quarter before (↑2, ↓1, 持平, 新列入 when it had no rank then).
     */
    static List<Table> withChange(PeriodReportData data, List<Table> rankings) {
        Map<kaohe.shared.UnitCode, java.math.BigDecimal> before = data.earlierTotals().getOrDefault(data.period().previous(), Map.of());
        List<Table> tables = new ArrayList<>();
        int t = 0;
        for (PeerGroup group : PeerGroup.values()) {
            List<RankedUnit> units = inGroup(data, group);
            if (units.isEmpty()) {
                continue;
            }
            Table table = rankings.get(t++);
            List<String[]> rows = new ArrayList<>();
            for (int i = 0; i < units.size(); i++) {
                RankedUnit u = units.get(i);
                java.math.BigDecimal earlier = before.get(u.assessment().unit().code());
                String[] row = java.util.Arrays.copyOf(table.rows().get(i), table.headers().length + 2);
                row[table.headers().length] = earlier == null ? "—" : kaohe.score.Exact.rounded(earlier, 2).toPlainString();
                row[table.headers().length + 1] = change(u, earlier == null ? 0 : earlierRank(units, before, earlier));
                rows.add(row);
            }
            String[] headers = java.util.Arrays.copyOf(table.headers(), table.headers().length + 2);
            System.arraycopy(CHANGE_HEADERS, 0, headers, table.headers().length, 2);
            tables.add(new Table(table.title(), headers, rows, table.lights()));
        }
        return tables;
    }

    /** The unit's rank among its peers' totals of the quarter before (ties share a rank). */
    private static int earlierRank(List<RankedUnit> peers, Map<kaohe.shared.UnitCode, java.math.BigDecimal> before, java.math.BigDecimal mine) {
        java.math.BigDecimal shown = kaohe.score.Exact.rounded(mine, 2);
        return 1 + (int) peers.stream().map(p -> before.get(p.assessment().unit().code())).filter(java.util.Objects::nonNull)
                .filter(total -> kaohe.score.Exact.rounded(total, 2).compareTo(shown) > 0).count();
    }

    private static String change(RankedUnit u, int earlierRank) {
        if (u.rank() == 0 || u.tooFewItemsToRank()) {
            return "—";
        }
        if (earlierRank == 0) {
            return "新列入";
        }
        int moved = earlierRank - u.rank();
        return moved > 0 ? "↑" + moved : moved < 0 ? "↓" + (-moved) : "持平";
    }

    /** The units that owe a 整改 report: every 不合格 unit, and the last-placed unit of each peer group. */
    static List<String> owingRectification(PeriodReportData data) {
        java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>();
        data.units().stream().filter(u -> u.rating() == Rating.不合格).forEach(u -> names.add(u.assessment().unit().name()));
        for (PeerGroup group : PeerGroup.values()) {
            List<RankedUnit> ranked = inGroup(data, group).stream().filter(u -> u.rank() > 0).toList();
            if (ranked.size() > 1) {
                names.add(ranked.get(ranked.size() - 1).assessment().unit().name());
            }
        }
        return List.copyOf(names);
    }

    /** The behind-target rows page one starts with; fewer when the page cannot hold them (see BulletinReport). */
    static final int BEHIND_ON_PAGE_ONE = 8;

    /** The first {@code most} items behind target, those page one shows. */
    public List<String[]> behindShown(int most) {
        return behind.rows().subList(0, Math.max(0, Math.min(most, behind.rows().size())));
    }

    public static Bulletin of(PeriodReportData data, LocalDate date) {
        var plan = data.plan();
        String title = "关于" + data.period().year() + "年第" + QUARTER[data.period().quarter()] + "季度" + plan.reporting().subject()
                + "考核情况的通报";
        String when = date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
        Map<ReportingUnit, SubmissionState> states = SubmissionState.of(plan, data.period(), data.submissions());
        List<Table> rankings = new ArrayList<>();
        int section = 1;
        for (PeerGroup group : PeerGroup.values()) {
            List<RankedUnit> units = inGroup(data, group);
            if (!units.isEmpty()) {
                rankings.add(ranking(NUMBERS[section++] + "、" + plan.reporting().label(group) + "排名", units, states));
            }
        }
        List<BehindItem> behind = behindCityWide(data);
        Table behindTable = behindTable(NUMBERS[section] + "、" + plan.reporting().area() + "滞后项目", data, behind);
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add("根据《" + plan.name() + "》" + (plan.document().isEmpty() ? "" : "（" + plan.document() + "）") + "，现将"
                + data.periodText().replace("（年度考核）", "") + "考核情况通报如下。" + counts(data));
        paragraphs.add(ratings(data));
        paragraphs.add(firstAndLast(data));
        paragraphs.add(behindText(behind, plan.reporting().area()));
        paragraphs.add(submissionText(data, states));
        for (String caution : data.cautions()) {
            paragraphs.add("注意：" + caution);
        }
        return new Bulletin(title, plan.reporting().office(), when, data.edition(), paragraphs, rankings, behindTable,
                owingRectification(data), withChange(data, rankings));
    }

    private static final String[] QUARTER = {"", "一", "二", "三", "四"};
    private static final String[] NUMBERS = {"", "一", "二", "三", "四", "五", "六"};

    /** An item behind target for the city: its lead unit's own figure is red, with the units also red on it. */
    record BehindItem(ItemScore city, String leadName, List<String> unitsBehind) {
    }

    static List<BehindItem> behindCityWide(PeriodReportData data) {
        var plan = data.plan();
        Map<ItemCode, List<String>> redUnits = new java.util.HashMap<>();
        Map<ItemCode, ItemScore> lead = new java.util.HashMap<>();
        for (RankedUnit u : data.units()) {
            for (ItemScore item : u.assessment().items()) {
                if (item.counts() && item.light() == Light.RED) {
                    redUnits.computeIfAbsent(item.item(), k -> new ArrayList<>()).add(u.assessment().unit().name());
                    if (u.assessment().unit().code().equals(leadOf(data, item.item()))) {
                        lead.put(item.item(), item);
                    }
                }
            }
        }
        return lead.values().stream().sorted(ItemGap.FURTHEST_BEHIND)
                .map(item -> new BehindItem(item, plan.unit(leadOf(data, item.item())).map(ReportingUnit::name).orElse(""),
                        redUnits.getOrDefault(item.item(), List.of())))
                .toList();
    }

    private static kaohe.shared.UnitCode leadOf(PeriodReportData data, ItemCode item) {
        return data.plan().indicator(item).map(Indicator::leadUnit)
                .orElseGet(() -> data.plan().task(item).map(Task::leadUnit).orElse(null));
    }

    private static List<RankedUnit> inGroup(PeriodReportData data, PeerGroup group) {
        return data.units().stream().filter(u -> u.assessment().unit().peerGroup() == group)
                .sorted(Comparator.comparingInt((RankedUnit u) -> u.rank() == 0 ? Integer.MAX_VALUE : u.rank())
                        .thenComparing(u -> u.shownTotal() == null ? java.math.BigDecimal.valueOf(-1) : u.shownTotal(), Comparator.reverseOrder())
                        .thenComparing(u -> u.assessment().unit().code()))
                .toList();
    }

    private static Table ranking(String title, List<RankedUnit> units, Map<ReportingUnit, SubmissionState> states) {
        List<String[]> rows = new ArrayList<>();
        List<String> lights = new ArrayList<>();
        for (RankedUnit u : units) {
            SubmissionState state = states.get(u.assessment().unit());
            rows.add(new String[]{u.tooFewItemsToRank() ? "不参与" : u.rankText(), u.assessment().unit().name(), ReportText.total(u),
                    ReportText.rating(u), u.assessment().counted() + " 项", state == null ? "" : state.state().label()});
            lights.add(ReportText.light(u));
        }
        return new Table(title, RANK_HEADERS, rows, lights);
    }

    private static Table behindTable(String title, PeriodReportData data, List<BehindItem> behind) {
        List<String[]> rows = new ArrayList<>();
        List<String> lights = new ArrayList<>();
        for (BehindItem b : behind) {
            ItemScore item = b.city();
            rows.add(new String[]{item.item().value(), item.name(), target(item), item.valueText().isEmpty() ? "未报送" : item.valueText(),
                    ItemGap.of(data.plan(), item), names(b.unitsBehind(), 2)});
            lights.add("red");
        }
        return new Table(title, behindHeaders(data.plan()), rows, lights);
    }

    /** A task's target is its progress, not the unit's role in it (牵头, 配合), which its targetText says. */
    static String target(ItemScore item) {
        return item.type() == kaohe.validate.ItemType.TASK ? "按进度推进" : item.targetText();
    }

    static String names(List<String> names, int most) {
        if (names.size() <= most) {
            return names.size() + " 个：" + String.join("、", names);
        }
        return names.size() + " 个：" + String.join("、", names.subList(0, most)) + "等";
    }

    private static String counts(PeriodReportData data) {
        Map<PeerGroup, Long> byGroup = data.units().stream()
                .collect(Collectors.groupingBy(u -> u.assessment().unit().peerGroup(), () -> new EnumMap<>(PeerGroup.class), Collectors.counting()));
        return "参加考核的有" + byGroup.entrySet().stream().map(e -> e.getValue() + " 个" + data.plan().reporting().label(e.getKey()))
                .collect(Collectors.joining("和")) + "。";
    }

    private static String ratings(PeriodReportData data) {
        Map<Rating, Long> byRating = data.units().stream().filter(u -> u.rating() != null)
                .collect(Collectors.groupingBy(RankedUnit::rating, () -> new EnumMap<>(Rating.class), Collectors.counting()));
        long vetoed = data.units().stream().filter(u -> u.assessment().veto().isPresent()).count();
        long unranked = data.units().stream().filter(RankedUnit::tooFewItemsToRank).count();
        // Every 不合格 unit is named with why; those at 0 because nothing usable came in are counted here and named
        // under 报送情况, so the list stays one a leader reads.
        List<RankedUnit> failing = data.units().stream().filter(u -> u.rating() == Rating.不合格).toList();
        List<String> failed = failing.stream().filter(u -> u.assessment().veto().isPresent() || u.assessment().reported() > 0)
                .map(u -> u.assessment().unit().name() + u.assessment().veto().map(v -> "（" + v.text() + "）")
                        .orElse("（" + ReportText.total(u) + " 分）"))
                .toList();
        long silent = failing.size() - failed.size();
        String text = "一、考核结果。" + java.util.Arrays.stream(Rating.values())
                .map(r -> r.name() + " " + byRating.getOrDefault(r, 0L) + " 个").collect(Collectors.joining("，"))
                + (vetoed > 0 ? "（不合格中一票否决 " + vetoed + " 个）" : "") + "。"
                + (failed.isEmpty() ? "" : "不合格的是：" + String.join("、", failed) + (silent > 0 ? "；另有 " + silent
                        + " 个单位没有合格报表，按未报送计为不合格（见报送情况）" : "") + "。")
                + (failed.isEmpty() && silent > 0 ? silent + " 个单位没有合格报表，按未报送计为不合格（见报送情况）。" : "");
        if (unranked > 0) {
            text += unranked + " 个单位计分项目少于 " + data.plan().reporting().minimumRanked() + " 项，只评等级，不参与排名。";
        }
        return text;
    }

    private static String firstAndLast(PeriodReportData data) {
        List<String> parts = new ArrayList<>();
        for (PeerGroup group : PeerGroup.values()) {
            List<RankedUnit> ranked = inGroup(data, group).stream().filter(u -> u.rank() > 0).toList();
            if (ranked.isEmpty()) {
                continue;
            }
            String label = data.plan().reporting().label(group);
            if (ranked.size() >= 6) {
                parts.add(label + "前三名为" + named(ranked.subList(0, 3)) + "，后三名为" + named(ranked.subList(ranked.size() - 3, ranked.size())));
                continue;
            }
            RankedUnit first = ranked.get(0);
            RankedUnit last = ranked.get(ranked.size() - 1);
            String text = label + "中，" + first.assessment().unit().name() + "（" + ReportText.total(first) + " 分）列第一";
            if (ranked.size() > 1) {
                text += "，" + last.assessment().unit().name() + "（" + ReportText.total(last) + " 分"
                        + (last.assessment().veto().isPresent() ? "，一票否决" : "") + "）列最后";
            }
            parts.add(text);
        }
        return "二、排名情况。" + (parts.isEmpty() ? "本期没有可排名的单位。" : String.join("；", parts) + "。");
    }

    private static String named(List<RankedUnit> units) {
        return units.stream().map(u -> u.assessment().unit().name() + "（" + ReportText.total(u) + " 分）").collect(Collectors.joining("、"));
    }

    private static String behindText(List<BehindItem> behind, String area) {
        if (behind.isEmpty()) {
            return "三、滞后项目。本期" + area + "没有滞后于目标的项目。";
        }
        // Named as a reader knows them: the item's name, never its code, in the prose a leader reads.
        List<String> named = behind.stream().limit(5).map(b -> "“" + b.city().name() + "”").toList();
        return "三、滞后项目。" + area + "（以牵头单位报送的" + area + "值计）有 " + behind.size() + " 项滞后于目标（完成度低于 80%）："
                + String.join("、", named) + (behind.size() > named.size() ? "等" : "") + "。";
    }

    private static String submissionText(PeriodReportData data, Map<ReportingUnit, SubmissionState> states) {
        Map<SubmissionState.State, List<String>> byState = new EnumMap<>(SubmissionState.State.class);
        for (SubmissionState s : states.values()) {
            byState.computeIfAbsent(s.state(), k -> new ArrayList<>()).add(s.unit().name());
        }
        List<String> late = byState.getOrDefault(SubmissionState.State.LATE, List.of());
        List<String> none = new ArrayList<>(byState.getOrDefault(SubmissionState.State.MISSING, List.of()));
        none.addAll(byState.getOrDefault(SubmissionState.State.REJECTED, List.of()));
        String text = "四、报送情况。报送截止 " + BulletinForm.chinese(data.plan().deadline().deadline(data.period())) + "（北京时间），按时报送 "
                + byState.getOrDefault(SubmissionState.State.ON_TIME, List.of()).size() + " 个，迟报 " + late.size() + " 个";
        text += late.isEmpty() ? "" : "（" + String.join("、", late) + "）";
        text += "，未报送或报表退回未改 " + none.size() + " 个" + (none.isEmpty() ? "" : "（" + String.join("、", none) + "）") + "。";
        return text;
    }

}
