package kaohe.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kaohe.plan.Category;
import kaohe.score.Exact;
import kaohe.score.ItemScore;
import kaohe.score.Light;
import kaohe.score.RankedUnit;
import kaohe.score.Rating;
import kaohe.score.ScoreFlag;
import kaohe.score.UnitAssessment;
import kaohe.shared.Decimals;
import kaohe.shared.Period;
import kaohe.shared.UnitCode;

/**
 * The PDF of one county or bureau: the cover with score, rank and rating, how the total is made and the
 * category chart, then the table of every item, the items behind target with their gap in the item's own
 * terms, the trend of the total and of the items behind target, and data-quality notes.
 */
final class UnitReport {

    static final String[] ITEM_HEADERS = {"编码", "指标 / 任务", "目标", "本期值", "完成度", "得分/权重", "状态 / 差距"};

    private UnitReport() {
    }

    public static ReportInput build(PeriodReportData data, RankedUnit ranked) {
        return build(data, ranked, PeerFigures.of(data));
    }

    /** {@code peers}: worked out once for all the period's reports. */
    static ReportInput build(PeriodReportData data, RankedUnit ranked, PeerFigures peers) {
        UnitAssessment a = ranked.assessment();
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("planName", data.plan().name());
        p.put("periodText", data.periodText() + "　" + data.edition());
        p.put("unitName", a.unit().name());
        p.put("unitCode", a.unit().code().value());
        p.put("peerGroup", data.plan().reporting().label(a.unit().peerGroup()));
        p.put("total", ReportText.total(ranked));
        p.put("rating", ranked.rating() == null ? "—" : ranked.rating().name());
        String since = sinceLastQuarter(data, ranked, peers);
        p.put("rankText", (ranked.tooFewItemsToRank() ? "不参与排名" : ranked.rank() == 0 ? "—"
                : rankLine(ranked.rank(), peers.ranked(a.unit().peerGroup()), data.plan().reporting().label(a.unit().peerGroup())))
                + (since.isEmpty() ? "" : "\n" + since));
        long red = a.items().stream().filter(i -> i.counts() && i.light() == Light.RED).count();
        long amber = a.items().stream().filter(i -> i.counts() && i.light() == Light.AMBER).count();
        p.put("summaryText", "计分项目 " + a.counted() + " 项：已报 " + a.reported() + " 项，缺报 " + a.missing() + " 项"
                + (a.late() > 0 ? "（报表迟报）" : "") + "；滞后（红灯）" + red + " 项，接近目标（黄灯）" + amber + " 项。"
                + a.veto().map(v -> "考核办" + v.text() + "，等级定为不合格。").orElse("")
                + "\n" + totalExplained(ranked) + "\n" + ReportText.RATING_BANDS
                + (ranked.tooFewItemsToRank() ? "\n本单位" + ranked.notRanked() + "。" : "")
                + peers.median(a.unit().peerGroup()).map(m -> "\n本组（" + data.plan().reporting().label(a.unit().peerGroup()) + "）总分中位数 " + m
                        + " 分，本单位 " + ReportText.total(ranked) + " 分。").orElse("")
                + data.rectification().of(a.unit().code()).map(r -> "\n上期（" + r.due().period().label() + "）整改："
                        + r.due().reason() + "，须报送整改报告，" + r.text() + "。").orElse("")
                + "\n考核明细中完成度下的“同组”，是本组已报送该项的单位完成度的中位数。"
                + (a.items().stream().anyMatch(i -> i.type() == kaohe.validate.ItemType.TASK) ? "\n" + MILESTONE_SCALE : ""));
        p.put("categoryChart", new net.sf.jasperreports.charts.renderers.JCommonDrawableRendererImpl(ChartImages.categoryChart(categoryRates(data, a))));

        List<ReportRow> rows = new ArrayList<>();
        for (ItemScore item : a.items()) {
            boolean task = item.type() == kaohe.validate.ItemType.TASK;
            // A task's target is its progress; the unit's part in it (牵头, 配合) goes with its name.
            rows.add(ReportRow.of("1", "一、考核明细", ITEM_HEADERS, new String[]{item.item().value(),
                    ReportText.name(data.plan(), item) + (task ? "（" + item.targetText() + "）" : ""), Bulletin.target(item),
                    item.valueText().isEmpty() ? "—" : item.valueText() + (task ? milestonePoints(item.valueText()) : ""),
                    ReportText.percent(item.completion()) + peers.itemMedian(a.unit().peerGroup(), item.item())
                            .filter(m -> item.counts()).map(m -> "\n同组 " + ReportText.percent(m)).orElse(""),
                    ReportText.score(item), ItemGap.orState(data.plan(), item)}, ReportText.light(item)));
        }
        List<ItemScore> behind = a.items().stream().filter(i -> i.counts() && i.light() == Light.RED).sorted(ItemGap.FURTHEST_BEHIND).toList();
        String[] behindHeaders = {"编码", "指标 / 任务", "目标", "本期值", "序时进度", "完成度", "差距"};
        String behindTitle = "二、滞后预警（完成度低于 80%，差距大的在前）";
        for (ItemScore item : behind) {
            rows.add(ReportRow.of("2", behindTitle, behindHeaders, new String[]{item.item().value(), ReportText.name(data.plan(), item),
                    Bulletin.target(item), item.valueText().isEmpty() ? "未报送" : item.valueText(),
                    expectedText(item),
                    ReportText.percent(item.completion()), ItemGap.of(data.plan(), item)}, "red"));
        }
        if (behind.isEmpty()) {
            rows.add(ReportRow.of("2", behindTitle, behindHeaders, new String[]{"", "本期没有滞后项目。"}, ""));
        }
        String[] trendHeaders = {"考核期", "总分", "等级", "名次"};
        for (Map.Entry<Period, Map<UnitCode, BigDecimal>> earlier : data.earlierTotals().entrySet()) {
            BigDecimal total = earlier.getValue().get(a.unit().code());
            if (total != null) {
                BigDecimal shown = Exact.rounded(total, 2);
                rows.add(ReportRow.of("3", "三、历次考核总分", trendHeaders, new String[]{earlier.getKey().label(), shown.toPlainString(),
                        Rating.of(shown).name(), peers.rankIn(earlier.getKey(), a.unit().code()).map(String::valueOf).orElse("—")}, ""));
            }
        }
        rows.add(ReportRow.of("3", "三、历次考核总分", trendHeaders, new String[]{data.period().label(), ReportText.total(ranked),
                ranked.rating() == null ? "—" : ranked.rating().name(),
                ranked.tooFewItemsToRank() ? "不参与排名（计分项目不足）" : ranked.rank() == 0 ? "—" : String.valueOf(ranked.rank())}, ""));
        itemTrends(rows, data, a);
        for (String[] note : QualityNotes.of(data, a)) {
            rows.add(ReportRow.of("4", "五、数据质量说明", new String[]{"项目", "说明"}, note, ""));
        }
        selfAssessed(rows, data, a);
        evidenceList(rows, data, a);
        return new ReportInput(p, rows);
    }

    /**
     * 六、自评与考核结果: what the unit said of each item in its return (an indicator's 达到 / 未达到, a task's 进展状态, why it is
     * behind, its 整改措施) beside the scored result; an indicator whose 自评 the score does not bear out is marked 不一致.
     */
    private static void selfAssessed(List<ReportRow> rows, PeriodReportData data, UnitAssessment a) {
        Map<kaohe.shared.ItemCode, kaohe.validate.SelfAssessment> said = new java.util.HashMap<>();
        data.selfAssessments().getOrDefault(a.unit().code(), List.of()).forEach(s -> said.put(s.item(), s));
        String[] headers = {"编码", "指标 / 任务", "自评", "考核结果", "是否一致", "原因", "整改措施"};
        // In the order of the unit's items, as 一、考核明细 lists them.
        for (ItemScore item : a.items()) {
            kaohe.validate.SelfAssessment self = said.get(item.item());
            if (self == null) {
                continue;
            }
            String scored;
            String agrees = "";
            if (self.type() == kaohe.validate.ItemType.INDICATOR) {
                scored = !item.counts() || item.light() == null ? ItemGap.orState(data.plan(), item)
                        : item.light() == Light.GREEN && item.completion().compareTo(BigDecimal.ONE) >= 0 ? "达到"
                        : "未达到（完成度 " + ReportText.percent(item.completion()) + "）";
                if (!self.status().isEmpty() && (scored.startsWith("达到") || scored.startsWith("未达到"))) {
                    agrees = scored.startsWith(self.status()) ? "一致" : "不一致";
                }
            } else if (item.valueText().isEmpty() && !self.status().isEmpty()) {
                // The unit gave a status the score does not carry: the office did not recognise the task (任务核实).
                scored = "按未报计分（考核办不予认定）";
                agrees = "不一致";
            } else {
                scored = "得分 " + ReportText.score(item);
            }
            rows.add(ReportRow.of("5", "六、自评与考核结果", headers, new String[]{item.item().value(), ReportText.name(data.plan(), item),
                    self.status().isEmpty() ? "—" : self.status(), scored, agrees, self.reason(), self.measures()},
                    agrees.equals("不一致") ? "amber" : ""));
        }
    }

    /** 七、佐证清单: the evidence the unit sent with its current return, item by item, as stored. */
    private static void evidenceList(List<ReportRow> rows, PeriodReportData data, UnitAssessment a) {
        String[] headers = {"编码", "指标 / 任务", "文件", "大小", "收到时间"};
        java.time.format.DateTimeFormatter when = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .withZone(kaohe.plan.DeadlineRule.PLAN_TIME);
        for (kaohe.ingest.EvidenceFiles.Evidence e : data.evidence().getOrDefault(a.unit().code(), List.of())) {
            rows.add(ReportRow.of("6", "七、佐证清单", headers, new String[]{e.item().value(), data.plan().itemName(e.item()).orElse(""),
                    e.originalName(), Math.max(1, e.size() / 1024) + " KB", when.format(e.received())}, ""));
        }
    }

    /** "19年一季度": a quarter as people say it, short enough for a narrow column heading. */
    static String shortLabel(Period period) {
        return String.format("%02d", period.year() % 100) + "年" + "一二三四".charAt(period.quarter() - 1) + "季度";
    }

    /**
     * 序时进度 where the item has one (cumulative items, targets paced from a baseline); otherwise what the quarter is
     * held to instead, so the column is never blank: a task its progress, an indicator its year's target.
     */
    static String expectedText(ItemScore item) {
        if (item.expected() != null) {
            return Decimals.plain(Decimals.canonical(Exact.rounded(item.expected(), 2)));
        }
        return item.type() == kaohe.validate.ItemType.TASK ? "按进度推进" : "按年度目标";
    }

    /** How a task's progress status is scored, said wherever tasks are shown. */
    static final String MILESTONE_SCALE = "任务按进展状态计分：已完成 100%，按进度推进 80%，滞后 40%，未启动 0%。";

    /** "（计 80%）" after a status, so 按进度推进's amber light reads as the scale, not as a fault. */
    static String milestonePoints(String status) {
        return switch (status) {
            case "已完成" -> "（计 100%）";
            case "按进度推进" -> "（计 80%）";
            case "滞后" -> "（计 40%）";
            case "未启动" -> "（计 0%）";
            default -> "";
        };
    }

    /** Earlier quarters shown in a trend of the items behind target, besides the current one. */
    static final int TREND_QUARTERS = 4;

    /** Items behind target shown with their trend, at most this many, furthest behind first. */
    static final int TREND_ITEMS = 10;

    /** The items whose earlier quarters the unit report shows: the red ones, furthest behind first. */
    static List<ItemScore> trendItems(UnitAssessment a) {
        return a.items().stream().filter(i -> i.counts() && i.light() == Light.RED).sorted(ItemGap.FURTHEST_BEHIND).limit(TREND_ITEMS).toList();
    }

    /** 四、the items behind target in the last quarters: value and completion, so a slide or a stall shows. */
    private static void itemTrends(List<ReportRow> rows, PeriodReportData data, UnitAssessment a) {
        List<Period> periods = new ArrayList<>();
        Period p = data.period();
        for (int i = 0; i < TREND_QUARTERS; i++) {
            p = p.previous();
            periods.add(0, p);
        }
        String[] headers = new String[2 + TREND_QUARTERS + 1];
        headers[0] = "编码";
        headers[1] = "项目";
        for (int i = 0; i < TREND_QUARTERS; i++) {
            headers[2 + i] = shortLabel(periods.get(i));
        }
        headers[2 + TREND_QUARTERS] = "本期";
        String title = "四、滞后项目近期走势（本期值 / 完成度）";
        List<ItemScore> items = trendItems(a);
        for (ItemScore item : items) {
            String[] cells = new String[headers.length];
            cells[0] = item.item().value();
            cells[1] = ReportText.name(data.plan(), item);
            List<kaohe.score.ItemPoint> history = data.history(a.unit().code(), item.item());
            for (int i = 0; i < TREND_QUARTERS; i++) {
                Period at = periods.get(i);
                cells[2 + i] = history.stream().filter(h -> h.period().equals(at)).findFirst().map(UnitReport::point).orElse("—");
            }
            cells[2 + TREND_QUARTERS] = point(new kaohe.score.ItemPoint(data.period(), item.valueText(), item.completion(), item.flag()));
            rows.add(ReportRow.of("3b", title, headers, cells, ReportText.light(item)));
        }
        if (items.isEmpty()) {
            rows.add(ReportRow.of("3b", title, headers, new String[]{"", "本期没有滞后项目。"}, ""));
        }
    }

    private static String point(kaohe.score.ItemPoint point) {
        if (point.flag() == ScoreFlag.NOT_DUE || point.flag() == ScoreFlag.NOT_APPLICABLE || point.completion() == null) {
            return "不考核";
        }
        String value = point.valueText() == null || point.valueText().isEmpty() ? "未报" : point.valueText();
        return value + "（" + ReportText.percent(point.completion()) + "）";
    }

    /** How the total is made: the score column adds to Σ score, the total scales it to 100 over the weights that count. */
    static String totalExplained(RankedUnit ranked) {
        if (ranked.assessment().total() == null) {
            return "本期没有计分项目，不计总分。";
        }
        return kaohe.score.Explanation.totalFormula(ranked, 2)
                + "：按本单位本期实际计分项目的权重折算为百分制，“得分/权重”一栏相加即为得分合计；本期不考核、不适用的项目不计入。";
    }

    /** Score rate per category, 100 × Σ score ÷ Σ weight, over the items that count. */
    static Map<String, BigDecimal> categoryRates(PeriodReportData data, UnitAssessment a) {
        Map<String, BigDecimal> rates = new LinkedHashMap<>();
        for (Category category : data.plan().categories()) {
            BigDecimal weights = BigDecimal.ZERO;
            BigDecimal scores = BigDecimal.ZERO;
            for (ItemScore item : a.items()) {
                if (item.counts() && category.code().equals(categoryOf(data, item))) {
                    weights = weights.add(item.weight());
                    scores = scores.add(item.score());
                }
            }
            if (weights.signum() > 0) {
                rates.put(category.name(), Exact.rounded(Exact.divide(scores, weights).multiply(BigDecimal.valueOf(100)), 1));
            }
        }
        return rates;
    }

    static String categoryOf(PeriodReportData data, ItemScore item) {
        return data.plan().indicator(item.item()).map(i -> i.category())
                .orElseGet(() -> data.plan().task(item.item()).map(t -> t.category()).orElse(""));
    }

    /** The unit's place in its group, which the report's rank box keeps on one line however many units the group has. */
    static String rankLine(long rank, long ranked, String groupLabel) {
        return "第 " + rank + " 名 / 共 " + ranked + " 个" + groupLabel;
    }

    /** "（上期第 5 名，↑2）" under the rank, from the quarter before's totals; nothing when the unit had none then. */
    static String sinceLastQuarter(PeriodReportData data, RankedUnit ranked, PeerFigures peers) {
        UnitAssessment a = ranked.assessment();
        Period before = data.period().previous();
        BigDecimal earlier = data.earlierTotals().getOrDefault(before, Map.of()).get(a.unit().code());
        java.util.Optional<Long> then = peers.rankIn(before, a.unit().code());
        if (earlier == null || then.isEmpty()) {
            return "";
        }
        if (ranked.rank() == 0 || ranked.tooFewItemsToRank()) {
            return "（上期 " + Exact.rounded(earlier, 2).toPlainString() + " 分，第 " + then.get() + " 名）";
        }
        long moved = then.get() - ranked.rank();
        return "（上期第 " + then.get() + " 名，" + (moved > 0 ? "↑" + moved : moved < 0 ? "↓" + (-moved) : "持平") + "）";
    }
}
