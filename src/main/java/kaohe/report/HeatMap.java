package kaohe.report;

import java.util.ArrayList;
import java.util.List;
import kaohe.plan.PeerGroup;
import kaohe.score.ItemScore;
import kaohe.score.RankedUnit;
import kaohe.score.ScoreFlag;
import kaohe.shared.ItemCode;
import kaohe.validate.ItemType;

/** Indicator × county heat map: every indicator counties report this period, each county's completion. */
final class HeatMap {

    private HeatMap() {
    }

    /** More columns than this do not fit a page, and a province's leadership looks for the laggards anyway. */
    static final int MAX_COUNTIES = 30;

    /** The rows, columns and cells of a heat map, before it is cut into pictures that fit a page. */
    record Grid(List<String> rows, List<String> columns, ChartImages.Cell[][] cells, String corner) {
    }

    /** Indicators × counties: each county's completion of every indicator counties report this period. */
    static Grid counties(PeriodReportData data) {
        List<RankedUnit> allCounties = data.units().stream().filter(u -> u.assessment().unit().peerGroup() == PeerGroup.COUNTY).toList();
        List<RankedUnit> counties = shown(allCounties);
        List<ItemCode> indicators = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (var indicator : data.plan().indicators()) {
            boolean due = counties.stream().anyMatch(c -> item(c, indicator.code()) != null && item(c, indicator.code()).flag() != ScoreFlag.NOT_DUE);
            if (due) {
                indicators.add(indicator.code());
                labels.add(indicator.name());
            }
        }
        ChartImages.Cell[][] cells = new ChartImages.Cell[indicators.size()][counties.size()];
        for (int r = 0; r < indicators.size(); r++) {
            for (int c = 0; c < counties.size(); c++) {
                cells[r][c] = cell(item(counties.get(c), indicators.get(r)));
            }
        }
        if (indicators.isEmpty()) {
            labels.add("本期各" + data.plan().reporting().countyGroup() + "没有考核的指标");
            cells = new ChartImages.Cell[1][counties.size()];
            for (int c = 0; c < counties.size(); c++) {
                cells[0][c] = new ChartImages.Cell("—", null);
            }
        }
        String corner = counties.size() < allCounties.size() ? "仅列得分最低的" + counties.size() + "个（共" + allCounties.size() + "个）" : "";
        return new Grid(labels, counties.stream().map(u -> u.assessment().unit().name()).toList(), cells, corner);
    }

    /**
     * Bureaus × the plan's categories: each bureau's score rate (Σ score ÷ Σ weight) in each category it has counted
     * items in, coloured as a completion is (100 % and over, 80 % and over, below).
     */
    static Grid bureaus(PeriodReportData data) {
        List<RankedUnit> bureaus = data.units().stream().filter(u -> u.assessment().unit().peerGroup() == PeerGroup.BUREAU).toList();
        List<kaohe.plan.Category> categories = data.plan().categories().stream()
                .filter(c -> bureaus.stream().anyMatch(b -> UnitReport.categoryRates(data, b.assessment()).containsKey(c.name()))).toList();
        ChartImages.Cell[][] cells = new ChartImages.Cell[bureaus.size()][categories.size()];
        for (int r = 0; r < bureaus.size(); r++) {
            java.util.Map<String, java.math.BigDecimal> rates = UnitReport.categoryRates(data, bureaus.get(r).assessment());
            for (int c = 0; c < categories.size(); c++) {
                java.math.BigDecimal rate = rates.get(categories.get(c).name());
                cells[r][c] = rate == null ? new ChartImages.Cell("—", null)
                        : new ChartImages.Cell(rate.stripTrailingZeros().toPlainString() + "%",
                        kaohe.score.Light.of(rate.movePointLeft(2)).text());
            }
        }
        return new Grid(bureaus.stream().map(u -> u.assessment().unit().name()).toList(),
                categories.stream().map(kaohe.plan.Category::name).toList(), cells, "");
    }

    /**
     * The counties shown: all of them up to {@link #MAX_COUNTIES}; beyond that the lowest-ranked,
     * lowest first, with unranked counties (no total) counted lowest of all.
     */
    static List<RankedUnit> shown(List<RankedUnit> counties) {
        if (counties.size() <= MAX_COUNTIES) {
            return counties;
        }
        return counties.stream()
                .sorted(java.util.Comparator.comparingInt((RankedUnit u) -> u.rank() == 0 ? Integer.MAX_VALUE : u.rank()).reversed())
                .limit(MAX_COUNTIES)
                .toList();
    }

    private static ChartImages.Cell cell(ItemScore item) {
        if (item == null || item.flag() == ScoreFlag.NOT_DUE || item.flag() == ScoreFlag.NOT_APPLICABLE) {
            return new ChartImages.Cell("—", null);
        }
        if (item.flag() == ScoreFlag.NOT_REPORTED || item.flag() == ScoreFlag.REJECTED) {
            return new ChartImages.Cell("未报", "red");
        }
        return new ChartImages.Cell(ReportText.percent(item.completion()), item.light().text());
    }

    private static ItemScore item(RankedUnit unit, ItemCode code) {
        return unit.assessment().items().stream().filter(i -> i.type() == ItemType.INDICATOR && i.item().equals(code)).findFirst().orElse(null);
    }
}
