package kaohe.report;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kaohe.plan.PeerGroup;
import kaohe.score.RankedUnit;
import kaohe.score.Rating;

/**
 * The pictures of leadership.pdf's 附件 (考核结果图示), each on a landscape page of its own (chart-page.jrxml): the totals
 * of each peer group as bars over the rating bands, the county × indicator heat map and the bureau × category heat
 * map. A picture is cut into as many pages as it needs to be printed at its own size, so its labels stay at 9 pt or
 * more instead of being scaled down to fit.
 */
final class LeadershipCharts {

    /** The picture's box on the page, in points: the image is drawn at one pixel a point (its pixels are doubled). */
    static final int WIDTH = 762;
    static final int HEIGHT = 400;
    static final int HEAT_LABEL = 190;
    static final int HEAT_CELL_WIDTH = ChartImages.NARROW_CELL;
    static final int HEAT_CELL_HEIGHT = 16;
    /** The tallest heading: three lines of column name. */
    static final int HEAT_HEADER = 10 + ChartImages.HEADER_LINE * ChartImages.HEADER_LINES;
    static final int BARS_PER_PAGE = (HEIGHT - 44) / ChartImages.BAR_ROW;
    static final int HEAT_ROWS_PER_PAGE = (HEIGHT - HEAT_HEADER - 2) / HEAT_CELL_HEIGHT;
    static final int HEAT_COLUMNS_PER_PAGE = (WIDTH - HEAT_LABEL - 2) / HEAT_CELL_WIDTH;

    /** One page's picture, its title and its key. */
    record Chart(String title, String legend, BufferedImage image) {
    }

    private LeadershipCharts() {
    }

    static List<Chart> of(PeriodReportData data) {
        List<Chart> charts = new ArrayList<>();
        var reporting = data.plan().reporting();
        List<Map.Entry<Integer, String>> bands = java.util.Arrays.stream(Rating.values())
                .map(r -> Map.entry(r.from().intValue(), r.name())).toList();
        for (PeerGroup group : PeerGroup.values()) {
            List<RankedUnit> units = Bulletin.inGroup(data, group);
            if (units.isEmpty()) {
                continue;
            }
            List<ChartImages.Bar> bars = units.stream().map(u -> new ChartImages.Bar(u.assessment().unit().name()
                    + (u.rank() > 0 ? "" : "（不排名）"), u.shownTotal())).toList();
            for (BarPage page : barPages(bars)) {
                charts.add(new Chart(reporting.label(group) + "总分与等级" + page.heading(),
                        "条形为总分，按名次排列；底色分段为等级：" + bandsText(bands) + "；不排名的单位列在最后",
                        ChartImages.totalBars(page.bars(), bands, WIDTH)));
            }
        }
        String key = "数值为完成度或得分率；色块：绿　达到目标，黄　达到80%，红　低于80%或未报送，灰　本期不考核或不适用";
        heat(charts, "指标 × " + reporting.countyGroup() + "完成度", key, HeatMap.counties(data));
        HeatMap.Grid bureaus = HeatMap.bureaus(data);
        if (!bureaus.rows().isEmpty() && !bureaus.columns().isEmpty()) {
            heat(charts, reporting.bureauGroup() + " × 考核类别得分率", key, bureaus);
        }
        return charts;
    }

    /** Pages of bars a group gets at most: past that, a leader reads the top and the bottom, and the ranking annex has everyone. */
    static final int MAX_BAR_PAGES = 4;

    /** One page of a group's bars: what its title adds (the legend line has no room left), and its bars. */
    record BarPage(String heading, List<ChartImages.Bar> bars) {
    }

    /**
     * A group's bars in pages. A group of more than {@link #MAX_BAR_PAGES} pages shows its first half of them and its
     * last, so a province of 10,000 counties gets four pages, not 500 (whose pictures alone took more than 2 GB of heap).
     */
    static List<BarPage> barPages(List<ChartImages.Bar> bars) {
        List<BarPage> pages = new ArrayList<>();
        if (bars.size() <= MAX_BAR_PAGES * BARS_PER_PAGE) {
            List<List<ChartImages.Bar>> all = chunks(bars, BARS_PER_PAGE);
            for (int i = 0; i < all.size(); i++) {
                pages.add(new BarPage(i > 0 ? "（续）" : "", all.get(i)));
            }
            return pages;
        }
        int shown = MAX_BAR_PAGES / 2 * BARS_PER_PAGE;
        List<List<ChartImages.Bar>> top = chunks(bars.subList(0, shown), BARS_PER_PAGE);
        List<List<ChartImages.Bar>> bottom = chunks(bars.subList(bars.size() - shown, bars.size()), BARS_PER_PAGE);
        for (int i = 0; i < top.size(); i++) {
            pages.add(new BarPage(i > 0 ? "（前 " + shown + " 名，续）" : "（前 " + shown + " 名；本组共 " + bars.size() + " 个单位，全部名次见排名附件）",
                    top.get(i)));
        }
        for (int i = 0; i < bottom.size(); i++) {
            pages.add(new BarPage(i > 0 ? "（最后 " + shown + " 个，续）" : "（最后 " + shown + " 个；本组共 " + bars.size() + " 个单位）", bottom.get(i)));
        }
        return pages;
    }

    /** 优秀≥90分，良好≥80分，合格≥60分，不合格<60分. */
    static String bandsText(List<Map.Entry<Integer, String>> bands) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < bands.size(); i++) {
            int lower = bands.get(i).getKey();
            parts.add(bands.get(i).getValue() + (lower > 0 || i == 0 ? "≥" + lower : "<" + bands.get(i - 1).getKey()) + "分");
        }
        return String.join("，", parts);
    }

    private static void heat(List<Chart> charts, String title, String key, HeatMap.Grid grid) {
        List<List<Integer>> rowPages = chunks(indexes(grid.rows().size()), HEAT_ROWS_PER_PAGE);
        List<List<Integer>> columnPages = chunks(indexes(grid.columns().size()), HEAT_COLUMNS_PER_PAGE);
        boolean first = true;
        for (List<Integer> columns : columnPages) {
            for (List<Integer> rows : rowPages) {
                ChartImages.Cell[][] cells = new ChartImages.Cell[rows.size()][columns.size()];
                for (int r = 0; r < rows.size(); r++) {
                    for (int c = 0; c < columns.size(); c++) {
                        cells[r][c] = grid.cells()[rows.get(r)][columns.get(c)];
                    }
                }
                charts.add(new Chart(title + (first ? "" : "（续）"), key, ChartImages.heatMap(rows.stream().map(grid.rows()::get).toList(),
                        columns.stream().map(grid.columns()::get).toList(), cells, grid.corner())));
                first = false;
            }
        }
    }

    private static List<Integer> indexes(int size) {
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            all.add(i);
        }
        return all;
    }

    static <T> List<List<T>> chunks(List<T> all, int size) {
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += size) {
            chunks.add(all.subList(i, Math.min(all.size(), i + size)));
        }
        if (chunks.isEmpty()) {
            chunks.add(List.of());
        }
        return chunks;
    }

    /** The parameters of one chart page; {@code annexLabel} and {@code annexTitle} only on the 附件's first page. */
    static ReportInput input(Chart chart, String annexLabel, String annexTitle, int firstPage) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("annexLabel", annexLabel);
        p.put("annexTitle", annexTitle);
        p.put("chartTitle", chart.title());
        p.put("legend", chart.legend());
        p.put("chart", chart.image());
        p.put("firstPage", firstPage);
        return new ReportInput(p, List.of(ReportRow.of("", "", new String[0], new String[0], "")));
    }
}
