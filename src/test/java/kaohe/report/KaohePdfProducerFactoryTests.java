package kaohe.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.Chunk;
import com.lowagie.text.Phrase;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.SimpleJasperReportsContext;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.classic.ClassicPdfProducerFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;

/**
 * Unit PDFs laid out without the bidirectional algorithm look exactly as JasperReports' own producer draws them (the
 * sample report has no line its producer would start with closing punctuation, which Kaohe's breaks elsewhere: see
 * {@code UnitReportLineBreakTests}), and their embedded fonts are compressed at a fast level.
 */
class KaohePdfProducerFactoryTests {

    @Test
    void theReportsUseIt() {
        assertThat(DefaultJasperReportsContext.getInstance().getProperty(JRPdfExporter.PDF_PRODUCER_FACTORY_PROPERTY))
                .isEqualTo(KaohePdfProducerFactory.class.getName());
    }

    @Test
    void aUnitReportRendersPixelForPixelAsWithJasperReportsOwnProducerAndExporter() throws Exception {
        ReportInput input = ReportSamples.firstUnitReport();
        JasperPrint print = PdfRenderer.fill(new PdfRenderer.Part(new ReportTemplates().unit(), input));

        SimpleJasperReportsContext classic = new SimpleJasperReportsContext();
        classic.setProperty(JRPdfExporter.PDF_PRODUCER_FACTORY_PROPERTY, ClassicPdfProducerFactory.class.getName());
        List<BufferedImage> before = pages(export(print, new JRPdfExporter(classic)));
        ByteArrayOutputStream kaohe = new ByteArrayOutputStream();
        PdfRenderer.export(List.of(print), kaohe);
        List<BufferedImage> after = pages(kaohe.toByteArray());

        assertThat(before).as("a unit report of several pages").hasSizeGreaterThan(1).hasSameSizeAs(after);
        for (int page = 0; page < before.size(); page++) {
            assertThat(pixels(after.get(page))).as("page " + (page + 1)).isEqualTo(pixels(before.get(page)));
        }
    }

    @Test
    void onlyTextTheAlgorithmCouldChangeGoesThroughIt() {
        assertThat(KaohePdfProducerFactory.needsBidi(phrase("南湖区 第 3 名 / 共 7 个县（市、区）", "95.21%（≥94%）"))).isFalse();
        assertThat(KaohePdfProducerFactory.needsBidi(phrase("南湖区", "שלום"))).as("Hebrew").isTrue();
        assertThat(KaohePdfProducerFactory.needsBidi(phrase("مرحبا"))).as("Arabic").isTrue();
        assertThat(KaohePdfProducerFactory.needsBidi(phrase("a\u202Eb"))).as("a right-to-left override").isTrue();
    }

    @Test
    void theEmbeddedFontIsDeflatedAtTheFastestLevel() throws Exception {
        ReportInput input = ReportSamples.firstUnitReport();
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        PdfRenderer.render(new ReportTemplates().unit(), input.parameters(), input.rows(), pdf);

        try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
            PDType0Font font = (PDType0Font) document.getPage(0).getResources().getFont(
                    document.getPage(0).getResources().getFontNames().iterator().next());
            PDStream program = font.getDescendantFont().getFontDescriptor().getFontFile2();
            assertThat(program.getFilters()).containsExactly(COSName.FLATE_DECODE);
            byte[] zlibHeader;
            try (InputStream raw = program.getCOSObject().createRawInputStream()) {
                zlibHeader = raw.readNBytes(2);
            }
            // RFC 1950: the top two bits of the header's second byte say how hard the compressor tried; 0 is "fastest"
            // (zlib's level 1), 1 "fast" (levels 2 to 5), 2 its default level 6.
            assertThat((zlibHeader[1] & 0xff) >> 6).as("compression level class of the font program").isEqualTo(0);
            assertThat(program.toByteArray()).as("the font program, inflated").hasSizeGreaterThan(100_000);
        }
    }

    private static Phrase phrase(String... chunks) {
        Phrase phrase = new Phrase();
        for (String text : chunks) {
            phrase.add(new Chunk(text));
        }
        return phrase;
    }

    private static byte[] export(JasperPrint print, JRPdfExporter exporter) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        exporter.exportReport();
        return out.toByteArray();
    }

    private static List<BufferedImage> pages(byte[] pdf) throws Exception {
        List<BufferedImage> pages = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                pages.add(renderer.renderImageWithDPI(page, 72));
            }
        }
        return pages;
    }

    private static int[] pixels(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }
}
