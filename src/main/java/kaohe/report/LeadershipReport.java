package kaohe.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kaohe.plan.Indicator;
import kaohe.score.Adjustment;
import kaohe.score.Exact;
import kaohe.score.ItemScore;
import kaohe.score.RankedUnit;
import kaohe.score.ScoreFlag;
import kaohe.score.UnitAssessment;
import kaohe.shared.Decimals;
import kaohe.validate.ItemType;

/**
 * The details that follow the 通报 in leadership.pdf (附件：考核详情): how the totals are made and what to
 * keep in mind, the headline targets with the city figure, every item behind target city-wide, the office's
 * 加减分 and 一票否决, how each unit's total is made up, and the indicator × county heat map. Who sent
 * which file when is the staff workbook's (报送情况), not the leadership's.
 */
final class LeadershipReport {

    private LeadershipReport() {
    }

    public static ReportInput build(PeriodReportData data) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("planName", data.plan().name());
        p.put("periodText", data.periodText() + "　" + data.edition());
        List<ReportRow> rows = new ArrayList<>();
        notes(rows, data);
        headline(rows, data);
        behind(rows, data);
        adjustments(rows, data);
        makeUp(rows, data);
        return new ReportInput(p, rows);
    }

    /** 一、说明: how a total is made, the rating bands, who is not ranked, and the period's cautions. */
    private static void notes(List<ReportRow> rows, PeriodReportData data) {
        String[] headers = {"", "说明"};
        String title = "一、考核说明";
        rows.add(ReportRow.of("t1", title, headers, new String[]{"", "总分 = 100 × 各计分项目得分之和 ÷ 这些项目的权重之和，"
                + "即按本单位本期实际计分的项目折算为百分制；本期不考核、不适用的项目不计入；考核办加减分计入总分。"}, ""));
        rows.add(ReportRow.of("t1", title, headers, new String[]{"", ReportText.RATING_BANDS}, ""));
        int minimum = data.plan().reporting().minimumRanked();
        if (minimum > 1) {
            rows.add(ReportRow.of("t1", title, headers, new String[]{"", "计分项目少于 " + minimum
                    + " 项的单位，总分依据的项目太少，只评等级，不参与排名。"}, ""));
        }
        for (String caution : data.cautions()) {
            rows.add(ReportRow.of("t1", title, headers, new String[]{"", "注意：" + caution}, "amber"));
        }
    }

    /**
     * The headline targets where this period assesses them, with the lead unit's city figure. Which
     * categories are the headline is the plan's (plan.properties headline-categories: Q and E for Jiaxing).
     */
    private static void headline(List<ReportRow> rows, PeriodReportData data) {
        String area = data.plan().reporting().area();
        String[] headers = {"编码", "指标", "目标", area + "值", "完成度", "差距", "牵头单位"};
        String title = "二、主要目标进展（" + area + "值由牵头单位报送，目标针对整体的按" + data.plan().reporting().label(kaohe.plan.PeerGroup.COUNTY)
                + "汇总）";
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
            rows.add(ReportRow.of("2", title, headers, new String[]{indicator.code().value(), indicator.name(),
                    item.targetText(), item.valueText().isEmpty() ? "未报送" : item.valueText(), ReportText.percent(item.completion()),
                    ItemGap.orState(data.plan(), item), leadName}, ReportText.light(item)));
        }
        if (rows.size() == before) {
            rows.add(ReportRow.of("2", title, headers, new String[]{"", "本期没有考核的主要目标。"}, ""));
        }
    }

    private static Optional<ItemScore> lead(PeriodReportData data, Indicator indicator) {
        return data.units().stream().map(RankedUnit::assessment).filter(a -> a.unit().code().equals(indicator.leadUnit()))
                .flatMap(a -> a.items().stream()).filter(i -> i.type() == ItemType.INDICATOR && i.item().equals(indicator.code()))
                .findFirst();
    }

    /** 三、every item behind target for the city (page one shows the first few), with the units behind on it. */
    private static void behind(List<ReportRow> rows, PeriodReportData data) {
        String area = data.plan().reporting().area();
        String[] headers = {"编码", "项目（牵头单位）", "目标", area + "值", "完成度", "差距", "滞后单位"};
        String title = "三、" + area + "滞后项目（完成度低于 80%，按差距排序）";
        List<Bulletin.BehindItem> behind = Bulletin.behindCityWide(data);
        for (Bulletin.BehindItem b : behind) {
            ItemScore item = b.city();
            rows.add(ReportRow.of("3", title, headers, new String[]{item.item().value(),
                    ReportText.name(data.plan(), item) + "（" + b.leadName() + "）", Bulletin.target(item),
                    item.valueText().isEmpty() ? "未报送" : item.valueText(), ReportText.percent(item.completion()),
                    ItemGap.of(data.plan(), item), Bulletin.names(b.unitsBehind(), 6)}, "red"));
        }
        if (behind.isEmpty()) {
            rows.add(ReportRow.of("3", title, headers, new String[]{"", "本期" + area + "没有滞后于目标的项目。"}, ""));
        }
    }

    /** 四、the office's 加减分 and 一票否决 of the period, unit by unit; nothing when there are none. */
    private static void adjustments(List<ReportRow> rows, PeriodReportData data) {
        String[] headers = {"", "理由与依据", "单位", "项目", "加减分"};
        for (RankedUnit u : data.units()) {
            for (Adjustment adj : u.assessment().adjustments()) {
                rows.add(ReportRow.of("4", "四、考核办加减分与一票否决", headers, new String[]{"",
                        adj.reason() + (adj.document().isEmpty() ? "" : "（" + adj.document() + "）"), u.assessment().unit().name(),
                        adj.veto() ? "一票否决" : adj.item() == null ? "总分" : adj.item().value(),
                        adj.veto() ? "不合格" : Decimals.plain(Decimals.canonical(adj.points()))}, adj.veto() ? "red" : ""));
            }
        }
    }

    /** 五、how each unit's total is made up: the items it rests on, before and after the office's points. */
    private static void makeUp(List<ReportRow> rows, PeriodReportData data) {
        String[] headers = {"名次", "单位", "总分", "调整前总分", "加减分", "计分项目", "缺报项目"};
        for (kaohe.plan.PeerGroup group : kaohe.plan.PeerGroup.values()) {
            data.units().stream().filter(u -> u.assessment().unit().peerGroup() == group)
                    .sorted(java.util.Comparator.comparingInt((RankedUnit u) -> u.rank() == 0 ? Integer.MAX_VALUE : u.rank())
                            .thenComparing(u -> u.assessment().unit().code()))
                    .forEach(u -> {
                        UnitAssessment a = u.assessment();
                        rows.add(ReportRow.of("5", "五、各单位总分构成", headers, new String[]{u.tooFewItemsToRank() ? "不参与" : u.rankText(),
                                a.unit().name(), ReportText.total(u), a.baseTotal() == null ? "—" : Exact.shown(a.baseTotal(), 2),
                                a.totalAdjustment().signum() == 0 ? "" : Decimals.plain(Decimals.canonical(a.totalAdjustment())),
                                a.counted() + " 项", a.missing() == 0 ? "" : a.missing() + " 项"}, ReportText.light(u)));
                    });
        }
    }
}
