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
 * The PDF of one county or bureau: the cover with score, rank and rating and the category chart, then
 * the table of every item, the items behind target, the trend of the total and data-quality notes.
 */
public final class UnitReport {

    static final String[] ITEM_HEADERS = {"编码", "指标 / 任务", "目标", "本期值", "完成度", "得分/权重", "状态"};

    private UnitReport() {
    }

    public static ReportInput build(PeriodReportData data, RankedUnit ranked) {
        UnitAssessment a = ranked.assessment();
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("planName", data.plan().name());
        p.put("periodText", data.periodText() + "　" + data.period() + "　" + data.edition());
        p.put("unitName", a.unit().name());
        p.put("unitCode", a.unit().code().value());
        p.put("peerGroup", a.unit().peerGroup().label());
        p.put("total", ReportText.total(ranked));
        p.put("rating", ranked.rating() == null ? "—" : ranked.rating().name());
        p.put("rankText", ranked.rank() == 0 ? "—" : "第 " + ranked.rank() + " 名 / 共 " + data.peers(ranked) + " 个" + a.unit().peerGroup().label());
        long red = a.items().stream().filter(i -> i.counts() && i.light() == Light.RED).count();
        long amber = a.items().stream().filter(i -> i.counts() && i.light() == Light.AMBER).count();
        p.put("summaryText", "计分项目 " + a.counted() + " 项：已报 " + a.reported() + " 项，缺报 " + a.missing() + " 项，迟报 "
                + a.late() + " 项；滞后（红灯）" + red + " 项，接近目标（黄灯）" + amber + " 项。"
                + a.veto().map(v -> "考核办" + v.text() + "，等级定为不合格。").orElse("")
                + (a.totalAdjustment().signum() == 0 ? "" : "总分含考核办加减分 " + kaohe.shared.Decimals.plain(
                        kaohe.shared.Decimals.canonical(a.totalAdjustment())) + "。"));
        p.put("categoryChart", ChartImages.categoryBars(categoryRates(data, a), 535, 120));

        List<ReportRow> rows = new ArrayList<>();
        for (ItemScore item : a.items()) {
            rows.add(ReportRow.of("1", "一、考核明细", ITEM_HEADERS, new String[]{item.item().value(), ReportText.name(data.plan(), item), item.targetText(),
                    item.valueText().isEmpty() ? "—" : item.valueText(), ReportText.percent(item.completion()), ReportText.score(item),
                    ReportText.state(item)}, ReportText.light(item)));
        }
        List<ItemScore> behind = a.items().stream().filter(i -> i.counts() && i.light() == Light.RED).toList();
        String[] behindHeaders = {"编码", "指标 / 任务", "目标", "本期值", "完成度", "差距", "备注"};
        for (ItemScore item : behind) {
            rows.add(ReportRow.of("2", "二、滞后预警（完成度低于 80%）", behindHeaders, new String[]{item.item().value(), ReportText.name(data.plan(), item),
                    item.targetText(), item.valueText().isEmpty() ? "未报送" : item.valueText(), ReportText.percent(item.completion()),
                    gap(item), item.flag() == ScoreFlag.LATE ? "迟报" : ""}, "red"));
        }
        if (behind.isEmpty()) {
            rows.add(ReportRow.of("2", "二、滞后预警（完成度低于 80%）", behindHeaders, new String[]{"", "本期没有滞后项目。"}, ""));
        }
        String[] trendHeaders = {"考核期", "总分", "等级", "名次"};
        for (Map.Entry<Period, Map<UnitCode, BigDecimal>> earlier : data.earlierTotals().entrySet()) {
            BigDecimal total = earlier.getValue().get(a.unit().code());
            if (total != null) {
                BigDecimal shown = Exact.rounded(total, 2);
                rows.add(ReportRow.of("3", "三、历次考核总分", trendHeaders, new String[]{earlier.getKey().toString(), shown.toPlainString(),
                        Rating.of(shown).name(), String.valueOf(rankAmong(data, earlier.getValue(), a, shown))}, ""));
            }
        }
        rows.add(ReportRow.of("3", "三、历次考核总分", trendHeaders, new String[]{data.period().toString(), ReportText.total(ranked),
                ranked.rating() == null ? "—" : ranked.rating().name(), ranked.rank() == 0 ? "—" : String.valueOf(ranked.rank())}, ""));
        for (String[] note : QualityNotes.of(data, a)) {
            rows.add(ReportRow.of("4", "四、数据质量说明", new String[]{"项目", "说明"}, note, ""));
        }
        return new ReportInput(p, rows);
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

    private static long rankAmong(PeriodReportData data, Map<UnitCode, BigDecimal> totals, UnitAssessment a, BigDecimal shown) {
        return 1 + totals.entrySet().stream()
                .filter(e -> e.getValue() != null && data.plan().unit(e.getKey()).map(u -> u.peerGroup() == a.unit().peerGroup()).orElse(false))
                .filter(e -> Exact.rounded(e.getValue(), 2).compareTo(shown) > 0)
                .count();
    }

    /** How far behind: the missing amount against the target or 序时进度, in the item's unit. */
    static String gap(ItemScore item) {
        if (item.flag() == ScoreFlag.NOT_REPORTED || item.flag() == ScoreFlag.REJECTED) {
            return "未报送";
        }
        if (item.value() == null) {
            return "完成度差 " + ReportText.percent(BigDecimal.ONE.subtract(item.completion()));
        }
        BigDecimal reference = item.expected() != null ? item.expected() : item.target();
        if (reference == null) {
            return "完成度差 " + ReportText.percent(BigDecimal.ONE.subtract(item.completion()));
        }
        BigDecimal gap = switch (item.kind()) {
            case AT_MOST, RANK_WITHIN, RANK_FRONT -> item.value().subtract(reference);
            case ZERO -> item.value();
            default -> reference.subtract(item.value());
        };
        return (item.expected() != null ? "比序时进度少 " : "差 ") + Decimals.plain(Decimals.canonical(Exact.rounded(gap.abs(), 2)));
    }
}
