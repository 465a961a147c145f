package kaohe.report;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;

/** Fills compiled templates with parameters and report rows and writes them, one after the other, as one PDF. */
final class PdfRenderer {

    /** One template filled with its input: a part of a PDF. */
    public record Part(JasperReport template, ReportInput input) {
    }

    private PdfRenderer() {
    }

    public static void render(JasperReport template, Map<String, Object> parameters, List<ReportRow> rows, OutputStream out) {
        render(List.of(new Part(template, new ReportInput(parameters, rows))), out);
    }

    /** The parts in order in one document. */
    public static void render(List<Part> parts, OutputStream out) {
        List<JasperPrint> prints = new ArrayList<>();
        for (Part part : parts) {
            prints.add(fill(part));
        }
        export(prints, out);
    }

    /** A filled template, whose pages can be counted before it is written. */
    public static JasperPrint fill(Part part) {
        try {
            return JasperFillManager.fillReport(part.template(), new java.util.HashMap<>(part.input().parameters()),
                    new JRMapCollectionDataSource(RecordMaps.of(part.input().rows())));
        } catch (JRException e) {
            throw new IllegalStateException("could not render " + part.template().getName() + ": " + e.getMessage(), e);
        }
    }

    /** Filled templates in order in one PDF: the leadership PDF is the one-page 通报 and then its details. */
    public static void export(List<JasperPrint> prints, OutputStream out) {
        String name = prints.get(0).getName();
        try {
            JRPdfExporter exporter = new KaohePdfExporter();
            exporter.setExporterInput(SimpleExporterInput.getInstance(prints));
            exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
            exporter.exportReport();
        } catch (JRException e) {
            throw new IllegalStateException("could not render " + name + ": " + e.getMessage(), e);
        }
    }
}
