package kaohe.report;

import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperExportManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;

/** Fills a compiled template with parameters and report rows and writes it as PDF. */
public final class PdfRenderer {

    private PdfRenderer() {
    }

    public static void render(JasperReport template, Map<String, Object> parameters, List<ReportRow> rows, OutputStream out) {
        try {
            JasperPrint print = JasperFillManager.fillReport(template, new java.util.HashMap<>(parameters),
                    new JRMapCollectionDataSource(RecordMaps.of(rows)));
            JasperExportManager.exportReportToPdfStream(print, out);
        } catch (JRException e) {
            throw new IllegalStateException("could not render " + template.getName() + ": " + e.getMessage(), e);
        }
    }
}
