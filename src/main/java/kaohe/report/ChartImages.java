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

    /** Horizontal bars: the unit's score rate (Σ score ÷ Σ weight, in %) per plan category. */
    public static BufferedImage categoryBars(Map<String, java.math.BigDecimal> ratePerCategory, int width, int height) {
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

        BufferedImage image = new BufferedImage(width * 2, height * 2, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.scale(2, 2);
        chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
        g.dispose();
        return image;
    }

    /** One heat-map cell: the completion shown, and its light (null for not due, not applicable). */
    public record Cell(String text, String light) {
    }

    /** Rows are indicators, columns units; each cell coloured by its light and showing completion. */
    /** {@code corner}: a note in the top-left cell, above the row labels; may be empty. */
    public static BufferedImage heatMap(List<String> rowLabels, List<String> columnLabels, Cell[][] cells, String corner) {
        int labelWidth = 190;
        int cellWidth = 48;
        int cellHeight = 16;
        int headerHeight = 22;
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
            centered(g, columnLabels.get(c), labelWidth + c * cellWidth, 0, cellWidth, headerHeight);
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
