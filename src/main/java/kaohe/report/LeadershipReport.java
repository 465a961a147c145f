package kaohe.report;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kaohe.ingest.ReturnStore.Submission;
import kaohe.plan.DeadlineRule;
import kaohe.plan.Indicator;
import kaohe.plan.PeerGroup;
import kaohe.score.ItemScore;
import kaohe.score.RankedUnit;
import kaohe.score.ScoreFlag;
import kaohe.score.UnitAssessment;
import kaohe.shared.ItemCode;
import kaohe.validate.ItemType;

/**
 * The leadership PDF (全市汇总): ranking tables for counties and bureaus, the indicator × county heat
 * map, the plan's headline targets and where the city stands, and who submitted late or not at all.
 */
public final class LeadershipReport {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("MM-dd HH:mm").withZone(DeadlineRule.PLAN_TIME);
    private static final String[] RANK_HEADERS = {"名次", "单位", "总分", "等级", "计分项目", "已报", "缺报 / 迟报"};

    private LeadershipReport() {
    }

    public static ReportInput build(PeriodReportData data) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("planName", data.plan().name());
        p.put("periodText", data.periodText() + "　" + data.period() + "　" + data.edition());
        List<ReportRow> rows = new ArrayList<>();
        rank(rows, data, PeerGroup.COUNTY, "1", "一、县（市、区）排名");
        rank(rows, data, PeerGroup.BUREAU, "2", "二、市级部门排名");
        adjustments(rows, data);
        headline(rows, data);
        int[] counts = submissions(rows, data);
        p.put("summaryText", "参加考核单位 " + data.units().size() + " 个：按时报送 " + counts[0] + " 个，迟报 " + counts[1] + " 个，报表被退回 "
                + counts[2] + " 个，未报送 " + counts[3] + " 个。报送截止 " + data.plan().deadline().deadline(data.period()) + "。"
                + (data.cautions().isEmpty() ? "" : "\n注意：" + String.join("\n注意：", data.cautions())));
        p.put("heatMap", HeatMap.of(data));
        return new ReportInput(p, rows);
    }

    private static void rank(List<ReportRow> rows, PeriodReportData data, PeerGroup group, String section, String title) {
        data.units().stream().filter(u -> u.assessment().unit().peerGroup() == group)
                .sorted(java.util.Comparator.comparingInt((RankedUnit u) -> u.rank() == 0 ? Integer.MAX_VALUE : u.rank())
                        .thenComparing(u -> u.assessment().unit().code()))
                .forEach(u -> {
                    UnitAssessment a = u.assessment();
                    rows.add(ReportRow.of(section, title, RANK_HEADERS, new String[]{u.rank() == 0 ? "—" : String.valueOf(u.rank()),
                            a.unit().name(), ReportText.total(u), ReportText.rating(u), String.valueOf(a.counted()),
                            String.valueOf(a.reported()), a.missing() + " / " + a.late()}, light(u)));
                });
    }

    /** The office's 加减分 and 一票否决 of the period, unit by unit; nothing when there are none. */
    private static void adjustments(List<ReportRow> rows, PeriodReportData data) {
        String[] headers = {"", "单位", "项目", "加减分", "理由与依据"};
        for (RankedUnit u : data.units()) {
            for (kaohe.score.Adjustment adj : u.assessment().adjustments()) {
                rows.add(ReportRow.of("2a", "考核办加减分与一票否决", headers, new String[]{"", u.assessment().unit().name(),
                        adj.veto() ? "一票否决" : adj.item() == null ? "总分" : adj.item().value(),
                        adj.veto() ? "不合格" : kaohe.shared.Decimals.plain(kaohe.shared.Decimals.canonical(adj.points())),
                        adj.reason() + (adj.document().isEmpty() ? "" : "（" + adj.document() + "）")}, adj.veto() ? "red" : ""));
            }
        }
    }

    private static String light(RankedUnit u) {
        if (u.rating() == null) {
            return "";
        }
        return switch (u.rating()) {
            case 优秀, 良好 -> "green";
            case 合格 -> "amber";
            case 不合格 -> "red";
        };
    }

    /**
     * The headline targets where this period assesses them, with the lead unit's city figure. Which
     * categories are the headline is the plan's (plan.properties headline-categories: Q and E for Jiaxing).
     */
    private static void headline(List<ReportRow> rows, PeriodReportData data) {
        String[] headers = {"编码", "指标", "目标", "全市值", "完成度", "牵头单位", "状态"};
        int before = rows.size();
        List<Indicator> headline = data.plan().headlineCategories().stream()
                .flatMap(c -> data.plan().indicators().stream().filter(i -> i.category().equals(c))).toList();
        for (Indicator indicator : headline) {
            Optional<ItemScore> city = lead(data, indicator);
            if (city.isEmpty() || city.get().flag() == ScoreFlag.NOT_DUE) {
                continue;
            }
            ItemScore item = city.get();
            String leadName = data.plan().unit(indicator.leadUnit()).map(u -> u.name()).orElse(indicator.leadUnit().value());
            rows.add(ReportRow.of("3", "三、主要目标进展（全市值由牵头单位报送）", headers, new String[]{indicator.code().value(), indicator.name(),
                    item.targetText(), item.valueText().isEmpty() ? "未报送" : item.valueText(), ReportText.percent(item.completion()),
                    leadName, ReportText.state(item)}, ReportText.light(item)));
        }
        if (rows.size() == before) {
            rows.add(ReportRow.of("3", "三、主要目标进展（全市值由牵头单位报送）", headers, new String[]{"", "本期没有考核的主要目标。"}, ""));
        }
    }

    private static Optional<ItemScore> lead(PeriodReportData data, Indicator indicator) {
        return data.units().stream().map(RankedUnit::assessment).filter(a -> a.unit().code().equals(indicator.leadUnit()))
                .flatMap(a -> a.items().stream()).filter(i -> i.type() == ItemType.INDICATOR && i.item().equals(indicator.code()))
                .findFirst();
    }

    /** Adds the submission table; returns on time, late, rejected, missing counts. */
    private static int[] submissions(List<ReportRow> rows, PeriodReportData data) {
        String[] headers = {"单位", "类别", "报送状态", "收到时间", "采用的报表", "退回次数"};
        int[] counts = new int[4];
        for (SubmissionState s : SubmissionState.of(data.plan(), data.period(), data.submissions()).values()) {
            counts[s.state().ordinal()]++;
            String light = switch (s.state()) {
                case ON_TIME -> "green";
                case LATE -> "amber";
                case REJECTED, MISSING -> "red";
            };
            rows.add(ReportRow.of("4", "四、报送情况", headers, new String[]{s.unit().name(), s.unit().peerGroup().label(), s.state().label(),
                    s.current().map(c -> WHEN.format(c.receivedAt())).orElse("—"), s.current().map(Submission::originalName).orElse("—"),
                    String.valueOf(s.rejected())}, light));
        }
        return counts;
    }
}
