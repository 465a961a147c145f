package kaohe.report;

import com.lowagie.text.Image;
import java.io.IOException;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.util.JRLoader;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.classic.ClassicImage;
import net.sf.jasperreports.pdf.common.PdfImage;

/**
 * JasperReports' PDF exporter, except that the transparent pixel it lays over every image (to carry a link) is read
 * and decoded once per JVM instead of once per document: looking the resource up and decoding it with ImageIO was
 * 3.6 % of a unit PDF's time, whose chart is an image. Each document gets its own copy, since the exporter scales it
 * for every image it covers.
 */
final class KaohePdfExporter extends JRPdfExporter {

    @Override
    protected PdfImage getPxImage() {
        if (pxImage == null) {
            pxImage = new ClassicImage(Image.getInstance(Pixel.IMAGE));
        }
        return pxImage;
    }

    /** The exporter's own pixel, decoded by OpenPDF as the exporter would. */
    private static final class Pixel {

        static final Image IMAGE = decode();

        private static Image decode() {
            try {
                return Image.getInstance(JRLoader.loadBytesFromResource("net/sf/jasperreports/engine/images/white-transparent-pixel.png"));
            } catch (JRException | IOException e) {
                throw new IllegalStateException("JasperReports' transparent pixel could not be read", e);
            }
        }
    }
}
