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
}
