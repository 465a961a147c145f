package kaohe.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChartImagesTests {

    @Test
    void theLabelOfABarAtAHundredStaysInsideThePicture() {
        Map<String, BigDecimal> rates = new LinkedHashMap<>();
        rates.put("质量总体水平", new BigDecimal("100.0"));
        rates.put("建筑业质量", new BigDecimal("99.5"));
        rates.put("主要任务", new BigDecimal("66.7"));

        BufferedImage chart = ChartImages.categoryBars(rates, 535, 120);

        // A label cut at the right edge leaves ink in the last columns of the picture.
        int inked = 0;
        for (int x = chart.getWidth() - 6; x < chart.getWidth(); x++) {
            for (int y = 0; y < chart.getHeight(); y++) {
                int rgb = chart.getRGB(x, y) & 0xFFFFFF;
                if (((rgb >> 16) & 0xFF) < 200 && ((rgb >> 8) & 0xFF) < 200 && (rgb & 0xFF) < 200) {
                    inked++;
                }
            }
        }
        assertThat(inked).isZero();
    }

    /** 87.57 written at the end of its bar crosses the 良好/优秀 boundary at 90: the line must not strike through the digits. */
    @Test
    void aBandsBoundaryLineDoesNotStrikeThroughATotal() {
        java.util.List<Map.Entry<Integer, String>> bands = java.util.List.of(Map.entry(90, "优秀"), Map.entry(80, "良好"), Map.entry(60, "合格"),
                Map.entry(0, "不合格"));
        BufferedImage chart = ChartImages.totalBars(java.util.List.of(new ChartImages.Bar("海宁市", new BigDecimal("87.57"))), bands, 760);

        int plotWidth = 760 - ChartImages.BAR_LABEL_WIDTH - 44;
        int boundary = 2 * (ChartImages.BAR_LABEL_WIDTH + plotWidth * 90 / 100);
        int top = 2 * 24;
        int lineGrey = 0;
        for (int y = top + 8; y < top + 2 * ChartImages.BAR_ROW - 8; y++) {
            if ((chart.getRGB(boundary, y) & 0xFFFFFF) == (java.awt.Color.GRAY.getRGB() & 0xFFFFFF)) {
                lineGrey++;
            }
        }
        assertThat(lineGrey).as("pixels of the boundary line inside the total's row").isZero();
    }

    /**
     * The three lights stay apart for readers with protanopia and deuteranopia (Machado, Oliveira and Fernandes 2009
     * simulation at full severity): every pair at least 20 apart in CIE L*a*b* (ΔE 1976), as for everyone else.
     */
    @org.junit.jupiter.api.Test
    void theLightsStayDistinctForRedGreenColourBlindReaders() {
        double[][] normal = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};
        double[][] protan = {{0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216}, {-0.003882, -0.048116, 1.051998}};
        double[][] deutan = {{0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413}, {-0.011820, 0.042940, 0.968881}};
        java.awt.Color[] lights = {ChartImages.GREEN, ChartImages.AMBER, ChartImages.RED};
        for (double[][] vision : new double[][][]{normal, protan, deutan}) {
            for (int a = 0; a < lights.length; a++) {
                for (int b = a + 1; b < lights.length; b++) {
                    assertThat(deltaE(lab(seen(lights[a], vision)), lab(seen(lights[b], vision)))).isGreaterThanOrEqualTo(20);
                }
            }
        }
    }

    private static double[] seen(java.awt.Color colour, double[][] vision) {
        double[] linear = {linear(colour.getRed()), linear(colour.getGreen()), linear(colour.getBlue())};
        double[] out = new double[3];
        for (int i = 0; i < 3; i++) {
            out[i] = Math.max(0, Math.min(1, vision[i][0] * linear[0] + vision[i][1] * linear[1] + vision[i][2] * linear[2]));
        }
        return out;
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    /** Linear sRGB to CIE L*a*b* (D65). */
    private static double[] lab(double[] rgb) {
        double x = (0.4124 * rgb[0] + 0.3576 * rgb[1] + 0.1805 * rgb[2]) / 0.95047;
        double y = 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
        double z = (0.0193 * rgb[0] + 0.1192 * rgb[1] + 0.9505 * rgb[2]) / 1.08883;
        double fx = f(x);
        double fy = f(y);
        double fz = f(z);
        return new double[]{116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
    }

    private static double f(double t) {
        return t > 216.0 / 24389 ? Math.cbrt(t) : (24389.0 / 27 * t + 16) / 116;
    }

    private static double deltaE(double[] p, double[] q) {
        return Math.sqrt(Math.pow(p[0] - q[0], 2) + Math.pow(p[1] - q[1], 2) + Math.pow(p[2] - q[2], 2));
    }

    /** A bureau's category names are longer than a county's: they wrap under the column instead of running into the next. */
    @Test
    void longColumnNamesWrapWithinTheirColumnAndFewColumnsGetWiderCells() {
        java.util.List<String> lines = ChartImages.wrap("公共服务质量（附件6）", ChartImages.WIDE_CELL - 4);
        assertThat(lines).hasSizeBetween(2, ChartImages.HEADER_LINES);
        assertThat(String.join("", lines)).isEqualTo("公共服务质量（附件6）");
        assertThat(ChartImages.wrap("建筑业质量（附件4）", ChartImages.WIDE_CELL - 4)).as("no line ends with an opening bracket")
                .allSatisfy(l -> assertThat(l).doesNotEndWith("（")).first().asString().isEqualTo("建筑业质量");
        assertThat(ChartImages.wrap("一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十", 40)).hasSize(ChartImages.HEADER_LINES)
                .last().asString().endsWith("…");

        ChartImages.Cell[][] cells = {{new ChartImages.Cell("80%", "amber"), new ChartImages.Cell("—", null)}};
        java.awt.image.BufferedImage image = ChartImages.heatMap(java.util.List.of("省质监局"), java.util.List.of("质量总体水平", "公共服务质量（附件6）"),
                cells, "");
        assertThat(image.getWidth()).as("two columns of the wide cell, drawn at twice the size").isEqualTo(2 * (190 + 2 * ChartImages.WIDE_CELL + 2));
    }
}
