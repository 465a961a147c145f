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
 * The 通报 of a period: title, office and date, the opening sentence, 一、总体情况 to 三、存在问题 written from the results
 * (四、下步工作要求 is added with the office's form, {@link #body}), the units owing a 整改 report, and the tables that
 * become its 附件. leadership.pdf and bulletin.docx are both made from this, so they say the same.
 *
 * @param behind        every item behind target city-wide, furthest behind first (an 附件)
 * @param annexRankings each peer group's ranking with the change since the quarter before (附件)
 * @param cautions      the period's cautions in words, for the 考核说明 annex
 */
record Bulletin(String title, String office, String date, String edition, String opening, List<Section> sections,
                       Table behind, List<RankedUnit> rectify, List<Table> annexRankings, List<String> cautions) {

    /** A numbered part of the 通报's body: 一、总体情况 and its paragraphs. */
    public record Section(String heading, List<String> paragraphs) {

        public Section {
            paragraphs = paragraphs.stream().map(Bulletin::tight).toList();
        }
    }

    private static final java.util.regex.Pattern LOOSE = java.util.regex.Pattern.compile(
            "(?<=[\\p{IsHan}\\p{InCJKSymbolsAndPunctuation}\\p{InHalfwidthAndFullwidthForms}])\\s+(?=[0-9A-Za-z])"
                    + "|(?<=[0-9A-Za-z%])\\s+(?=[\\p{IsHan}\\p{InCJKSymbolsAndPunctuation}\\p{InHalfwidthAndFullwidthForms}])");

    /** "优秀 2 个" as a 公文 writes it, "优秀2个": numbers and Latin text sit next to Chinese with no space between. */
    static String tight(String text) {
        return LOOSE.matcher(text).replaceAll("");
    }

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
        opening = tight(opening);
        sections = List.copyOf(sections);
        rectify = List.copyOf(rectify);
        annexRankings = List.copyOf(annexRankings);
        cautions = List.copyOf(cautions);
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

    /**
     * The units that owe a 整改 report, as the plan's rule says: the 不合格 units and the last {@code n} ranked of each peer
     * group (never a group's only ranked unit, which is also its first).
     */
    static List<RankedUnit> owingRectification(PeriodReportData data, Rectification rule) {
        java.util.LinkedHashSet<RankedUnit> owing = new java.util.LinkedHashSet<>();
        if (rule.failing()) {
            data.units().stream().filter(u -> u.rating() == Rating.不合格).forEach(owing::add);
        }
        for (PeerGroup group : PeerGroup.values()) {
            List<RankedUnit> ranked = inGroup(data, group).stream().filter(u -> u.rank() > 0).toList();
            int last = Math.min(rule.lastPerGroup(), ranked.size() - 1);
            if (last > 0) {
                owing.addAll(ranked.subList(ranked.size() - last, ranked.size()));
            }
        }
        return List.copyOf(owing);
    }

    /** The counts and ratings, the first and last of each group, and how the quarter before's 整改 reports came in. */
    private static List<String> overall(PeriodReportData data) {
        List<String> paragraphs = new ArrayList<>(List.of(counts(data) + ratings(data), firstAndLast(data)));
        data.rectification().sentence().ifPresent(paragraphs::add);
        return paragraphs;
    }

    public static Bulletin of(PeriodReportData data, LocalDate date) {
        return of(data, date, Rectification.DEFAULT);
    }

    public static Bulletin of(PeriodReportData data, LocalDate date, Rectification rule) {
        var plan = data.plan();
        String title = "关于" + data.period().year() + "年第" + QUARTER[data.period().quarter()] + "季度" + plan.reporting().subject()
                + "考核情况的通报";
        String when = BulletinForm.chinese(date);
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
        String opening = "根据《" + plan.name() + "》" + (plan.document().isEmpty() ? "" : "（" + plan.document() + "）") + "，现将"
                + data.periodText().replace("（年度考核）", "") + "考核情况通报如下。";
        List<Section> sections = List.of(
                new Section("一、总体情况", overall(data)),
                new Section("二、主要成效", BulletinFindings.achievements(data)),
                new Section("三、存在问题", BulletinFindings.problems(data, behind, states)));
        return new Bulletin(title, plan.reporting().office(), when, data.edition(), opening, sections, behindTable,
                owingRectification(data, rule), withChange(data, rankings), data.cautions());
    }

    /**
     * 四、下步工作要求: the 整改 owed under the plan's rule, with its date, then the office's own paragraphs for the period,
     * numbered (一)(二)… unless the office numbered them itself.
     */
    List<String> requirements(BulletinForm form) {
        List<String> items = new ArrayList<>();
        if (!rectify.isEmpty()) {
            boolean failing = rectify.stream().anyMatch(u -> u.rating() == Rating.不合格);
            boolean last = rectify.stream().anyMatch(u -> u.rating() != Rating.不合格);
            String why = failing && last ? "本期考核不合格或列本组末位" : failing ? "本期考核不合格" : "本期列本组末位";
            items.add("请" + rectify.stream().map(u -> u.assessment().unit().name()).collect(Collectors.joining("、")) + "（" + why
                    + "）认真查找原因，于" + form.rectifyBy() + "前向" + form.office() + "书面报送整改报告；整改不力的，由" + form.office() + "约谈。");
        }
        items.addAll(form.requirements());
        List<String> numbered = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String text = items.get(i);
            numbered.add(text.startsWith("（") ? tight(text) : "（" + NUMBERS_TEN.charAt(Math.min(i, NUMBERS_TEN.length() - 1)) + "）" + tight(text));
        }
        return numbered;
    }

    /** The four parts of the body, 下步工作要求 last. */
    List<Section> body(BulletinForm form) {
        List<Section> all = new ArrayList<>(sections);
        all.add(new Section(NUMBERS[sections.size() + 1] + "、下步工作要求", requirements(form)));
        return all;
    }

    private static final String NUMBERS_TEN = "一二三四五六七八九十";

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

    static List<RankedUnit> inGroup(PeriodReportData data, PeerGroup group) {
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
        return "本期参加考核的有" + byGroup.entrySet().stream().map(e -> e.getValue() + " 个" + data.plan().reporting().label(e.getKey()))
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
                .map(u -> u.assessment().veto().map(v -> u.assessment().unit().name() + "（" + v.reason() + "，一票否决"
                                + (v.document().isEmpty() ? "" : "，" + v.document()) + "）")
                        .orElse(u.assessment().unit().name() + "（" + ReportText.total(u) + " 分）"))
                .toList();
        long silent = failing.size() - failed.size();
        String text = "考核结果为" + java.util.Arrays.stream(Rating.values())
                .map(r -> r.name() + " " + byRating.getOrDefault(r, 0L) + " 个").collect(Collectors.joining("，"))
                + (vetoed > 0 ? "（不合格中一票否决 " + vetoed + " 个）" : "") + "。"
                + (failed.isEmpty() ? "" : "不合格的是：" + String.join("、", failed) + (silent > 0 ? "；另有 " + silent
                        + " 个单位没有合格报表，按未报送计为不合格" : "") + "。")
                + (failed.isEmpty() && silent > 0 ? silent + " 个单位没有合格报表，按未报送计为不合格。" : "");
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
        return parts.isEmpty() ? "本期没有可排名的单位。" : String.join("；", parts) + "。";
    }

    private static String named(List<RankedUnit> units) {
        // A vetoed unit is last for its veto, not its points: its total beside the others' would read as a wrong order.
        return units.stream().map(u -> u.assessment().unit().name() + (u.assessment().veto().isPresent() ? "（一票否决）"
                : "（" + ReportText.total(u) + " 分）")).collect(Collectors.joining("、"));
    }

}
