package kaohe.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Pictures in the reports, drawn at twice their printed size with the embedded Noto Sans SC, so Chinese
 * labels render without any font installed on the machine.
 */
final class ChartImages {

    /*
     * The lights in Okabe and Ito's colour-blind-safe palette (bluish green, yellow, vermillion): readers with red-green
     * colour blindness tell them apart by hue and lightness, where the usual dark green and dark red look alike.
     */
    static final Color GREEN = new Color(0x009E73);
    static final Color AMBER = new Color(0xF0E442);
    static final Color RED = new Color(0xD55E00);
    static final Color GREY = new Color(0xBDBDBD);

    private static final Font FONT = loadFont();

    /**
     * The rate axis runs a little past 100, ticked to 100 only, so the label beside a bar at 100 stays
     * inside the picture instead of being cut at its right edge.
     */
    static final double RATE_AXIS_END = 109;

    private ChartImages() {
    }

    private static Font loadFont() {
        System.setProperty("java.awt.headless", "true");
        try (InputStream in = ChartImages.class.getClassLoader().getResourceAsStream("fonts/NotoSansSC-Regular.ttf")) {
            if (in == null) {
                throw new IllegalStateException("fonts/NotoSansSC-Regular.ttf is missing from the classpath");
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@link #categoryChart} as a picture of {@code width} × {@code height} points, drawn at twice that. */
    public static BufferedImage categoryBars(Map<String, java.math.BigDecimal> ratePerCategory, int width, int height) {
        BufferedImage image = new BufferedImage(width * 2, height * 2, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.scale(2, 2);
        categoryChart(ratePerCategory).draw(g, new Rectangle2D.Double(0, 0, width, height));
        g.dispose();
        return image;
    }

    /**
     * Horizontal bars: the unit's score rate (Σ score ÷ Σ weight, in %) per plan category. The unit report draws it
     * into the PDF as lines and text in the report's embedded font (jasperreports.properties): sharp at any zoom, its
     * labels searchable, and no picture to encode (encoding it as a picture took an eighth of a unit PDF's time).
     */
    public static JFreeChart categoryChart(Map<String, java.math.BigDecimal> ratePerCategory) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        ratePerCategory.forEach((category, rate) -> data.addValue(rate, "得分率", category));
        JFreeChart chart = ChartFactory.createBarChart(null, null, "得分率 %", data, PlotOrientation.HORIZONTAL, false, false, false);
        chart.setBackgroundPaint(Color.WHITE);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(GREY);
        NumberAxis range = (NumberAxis) plot.getRangeAxis();
        range.setRange(0, RATE_AXIS_END);
        range.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(10));
        range.setTickLabelFont(FONT.deriveFont(8f));
        range.setLabelFont(FONT.deriveFont(8f));
        CategoryAxis domain = plot.getDomainAxis();
        domain.setTickLabelFont(FONT.deriveFont(9f));
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, new Color(0x1565C0));
        renderer.setMaximumBarWidth(0.18);
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(FONT.deriveFont(8f));
        renderer.setDefaultItemLabelGenerator(new org.jfree.chart.labels.StandardCategoryItemLabelGenerator("{2}",
                new java.text.DecimalFormat("0.0")));
        return chart;
    }

    /** One heat-map cell: the completion shown, and its light (null for not due, not applicable). */
    public record Cell(String text, String light) {
    }

    /** Rows are indicators, columns units; each cell coloured by its light and showing completion. */
    /** {@code corner}: a note in the top-left cell, above the row labels; may be empty. */
    public static BufferedImage heatMap(List<String> rowLabels, List<String> columnLabels, Cell[][] cells, String corner) {
        int labelWidth = 190;
        // Few columns (a bureau's categories) get wider cells, so their longer names need fewer lines.
        int cellWidth = columnLabels.size() <= WIDE_COLUMNS ? WIDE_CELL : NARROW_CELL;
        int cellHeight = 16;
        List<List<String>> headerLines = columnLabels.stream().map(l -> wrap(l, cellWidth - 4)).toList();
        int headerHeight = 10 + HEADER_LINE * headerLines.stream().mapToInt(List::size).max().orElse(1);
        int width = labelWidth + cellWidth * columnLabels.size() + 2;
        int height = headerHeight + cellHeight * rowLabels.size() + 2;
        BufferedImage image = new BufferedImage(width * 2, height * 2, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.scale(2, 2);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setFont(FONT.deriveFont(10f));
        g.setColor(Color.BLACK);
        g.drawString(clip(g, corner, labelWidth - 6), 2, headerHeight - 7);
        for (int c = 0; c < columnLabels.size(); c++) {
            List<String> lines = headerLines.get(c);
            int top = headerHeight - 4 - HEADER_LINE * lines.size();
            for (int l = 0; l < lines.size(); l++) {
                centered(g, lines.get(l), labelWidth + c * cellWidth, top + l * HEADER_LINE, cellWidth, HEADER_LINE);
            }
        }
        g.setFont(FONT.deriveFont(9f));
        for (int r = 0; r < rowLabels.size(); r++) {
            int y = headerHeight + r * cellHeight;
            g.setColor(Color.BLACK);
            g.drawString(clip(g, rowLabels.get(r), labelWidth - 6), 2, y + cellHeight - 4);
            for (int c = 0; c < columnLabels.size(); c++) {
                Cell cell = cells[r][c];
                int x = labelWidth + c * cellWidth;
                g.setColor(color(cell.light()));
                g.fillRect(x, y, cellWidth, cellHeight);
                g.setColor(Color.WHITE);
                g.setStroke(new BasicStroke(1f));
                g.drawRect(x, y, cellWidth, cellHeight);
                g.setColor(cell.light() == null || "amber".equals(cell.light()) ? Color.BLACK : Color.WHITE);
                centered(g, cell.text(), x, y, cellWidth, cellHeight);
            }
        }
        g.dispose();
        return image;
    }

    /** One bar: a unit's name and total (null when it has none), and whether it is ranked. */
    public record Bar(String label, java.math.BigDecimal total) {
    }

    /** The rating bands behind the bars, lightest for 优秀, each labelled: told apart by lightness and name, not by hue. */
    private static final Color[] BAND_TINTS = {new Color(0xF2F2F2), new Color(0xE0E0E0), new Color(0xF7F7F7), new Color(0xEAEAEA)};
    /** Okabe and Ito's blue: one hue for every bar, since the band a bar ends in says its rating. */
    static final Color BAR = new Color(0x0072B2);
    static final int BAR_ROW = 18;
    static final int BAR_LABEL_WIDTH = 150;

    /**
     * Horizontal bars of the totals, highest first, over the rating bands ({@code bands}: each band's lower bound and
     * name, highest first, e.g. 90 优秀, 80 良好, 60 合格, 0 不合格), with each total written at the end of its bar.
     */
    public static BufferedImage totalBars(List<Bar> bars, List<Map.Entry<Integer, String>> bands, int width) {
        int top = 24;
        int height = top + BAR_ROW * bars.size() + 20;
        int plotWidth = width - BAR_LABEL_WIDTH - 44;
        BufferedImage image = new BufferedImage(width * 2, height * 2, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.scale(2, 2);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        paintBands(g, bands, plotWidth, BAR_LABEL_WIDTH, BAR_LABEL_WIDTH + plotWidth, top, BAR_ROW * bars.size());
        int upper = 100;
        for (int b = 0; b < bands.size(); b++) {
            int lower = bands.get(b).getKey();
            int x0 = BAR_LABEL_WIDTH + plotWidth * lower / 100;
            int x1 = BAR_LABEL_WIDTH + plotWidth * upper / 100;
            g.setColor(Color.DARK_GRAY);
            g.setFont(FONT.deriveFont(10f));
            centered(g, bands.get(b).getValue() + (lower > 0 ? " ≥" + lower : ""), x0, 2, x1 - x0, top - 4);
            g.setColor(Color.GRAY);
            g.drawLine(x0, top, x0, top + BAR_ROW * bars.size());
            upper = lower;
        }
        g.setFont(FONT.deriveFont(10f));
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int y = top + i * BAR_ROW;
            g.setColor(Color.BLACK);
            var metrics = g.getFontMetrics();
            String label = clip(g, bar.label(), BAR_LABEL_WIDTH - 8);
            g.drawString(label, BAR_LABEL_WIDTH - 6 - metrics.stringWidth(label), y + BAR_ROW - 5);
            if (bar.total() == null) {
                g.drawString("无总分", BAR_LABEL_WIDTH + 4, y + BAR_ROW - 5);
                continue;
            }
            double value = Math.max(0, Math.min(100, bar.total().doubleValue()));
            int length = (int) Math.round(plotWidth * value / 100);
            g.setColor(BAR);
            g.fillRect(BAR_LABEL_WIDTH, y + 3, length, BAR_ROW - 6);
            String total = bar.total().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
            int labelX = BAR_LABEL_WIDTH + length + 3;
            // The bands are painted again under the total, so a band's boundary line does not strike through its digits.
            paintBands(g, bands, plotWidth, labelX - 1, labelX + metrics.stringWidth(total) + 1, y + 2, BAR_ROW - 4);
            g.setColor(Color.BLACK);
            g.drawString(total, labelX, y + BAR_ROW - 5);
        }
        g.setColor(Color.DARK_GRAY);
        g.setFont(FONT.deriveFont(9f));
        for (int tick = 0; tick <= 100; tick += 10) {
            int x = BAR_LABEL_WIDTH + plotWidth * tick / 100;
            centered(g, String.valueOf(tick), x - 15, top + BAR_ROW * bars.size() + 2, 30, 16);
        }
        g.dispose();
        return image;
    }

    /** The rating bands' tints between {@code from} and {@code to} (x), as {@link #totalBars} paints them; white right of 100. */
    private static void paintBands(Graphics2D g, List<Map.Entry<Integer, String>> bands, int plotWidth, int from, int to, int top, int height) {
        g.setColor(Color.WHITE);
        g.fillRect(from, top, to - from, height);
        int upper = 100;
        for (int b = 0; b < bands.size(); b++) {
            int lower = bands.get(b).getKey();
            int x0 = Math.max(from, BAR_LABEL_WIDTH + plotWidth * lower / 100);
            int x1 = Math.min(to, BAR_LABEL_WIDTH + plotWidth * upper / 100);
            if (x0 < x1) {
                g.setColor(BAND_TINTS[b % BAND_TINTS.length]);
                g.fillRect(x0, top, x1 - x0, height);
            }
            upper = lower;
        }
    }

    static final int WIDE_COLUMNS = 8;
    static final int WIDE_CELL = 70;
    static final int NARROW_CELL = 48;
    static final int HEADER_LINE = 12;
    /** The most lines a column heading wraps to; a longer one is cut with "…". */
    static final int HEADER_LINES = 3;

    /** Column headings are drawn at 10 px in Noto Sans SC: broken as the 通报's lines are, 避头尾 included. */
    private static final ChineseLines HEADINGS = new ChineseLines("fonts/NotoSansSC-Regular.ttf", 10f);

    /** {@code label} in lines no wider than {@code width} pixels at the heading's 10 px, at most {@link #HEADER_LINES}. */
    static List<String> wrap(String label, int width) {
        List<String> lines = HEADINGS.lines(label, width);
        if (lines.size() > HEADER_LINES) {
            List<String> kept = new java.util.ArrayList<>(lines.subList(0, HEADER_LINES));
            String last = kept.get(HEADER_LINES - 1);
            kept.set(HEADER_LINES - 1, last.substring(0, Math.max(0, last.length() - 1)) + "…");
            return kept;
        }
        return lines;
    }

    static Color color(String light) {
        if (light == null) {
            return new Color(0xEEEEEE);
        }
        return switch (light) {
            case "green" -> GREEN;
            case "amber" -> AMBER;
            case "red" -> RED;
            default -> new Color(0xEEEEEE);
        };
    }

    private static void centered(Graphics2D g, String text, int x, int y, int w, int h) {
        var metrics = g.getFontMetrics();
        g.drawString(text, x + (w - metrics.stringWidth(text)) / 2, y + (h + metrics.getAscent() - metrics.getDescent()) / 2);
    }

    private static String clip(Graphics2D g, String text, int width) {
        String t = text;
        while (g.getFontMetrics().stringWidth(t) > width && t.length() > 2) {
            t = t.substring(0, t.length() - 2) + "…";
        }
        return t;
    }
}
