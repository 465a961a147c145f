package kaohe.report;

import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Gets the report fonts read and JasperReports' and OpenPDF's code loaded before the first unit PDF needs them, on a
 * thread of its own while scoring runs on one core and waits for the database: a run's first unit PDF took about 0.7 s
 * against some 50 ms for the next ones, and the other PDFs waited for it. Once per JVM. If it fails, the first PDF
 * does that work, as before.
 */
final class PdfWarmUp {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(PdfWarmUp.class);
    private static final AtomicBoolean STARTED = new AtomicBoolean();

    private PdfWarmUp() {
    }

    static void startFor(ReportTemplates templates) {
        if (!STARTED.compareAndSet(false, true)) {
            return;
        }
        Thread thread = new Thread(() -> {
            try {
                render(templates);
            } catch (RuntimeException e) {
                LOG.debug("PDF warm-up failed; the first unit PDF loads what it needs", e);
            }
        }, "pdf-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    /** A unit report with a little Chinese and a few digits in it (so its fonts are read and embedded), written nowhere; its size. */
    static long render(ReportTemplates templates) {
        long[] written = new long[1];
        Map<String, Object> text = Map.of("planName", "考核预热", "unitName", "预热单位", "unitCode", "000000", "total", "100.00",
                "summaryText", "得分、排名与上期比较：0123456789（%）");
        List<ReportRow> row = List.of(ReportRow.of("1", "一、考核明细", new String[]{"编号", "项目"}, new String[]{"Q01", "预热：0.5 万元"}, "green"));
        PdfRenderer.render(templates.unit(), text, row, new OutputStream() {
            @Override
            public void write(int b) {
                written[0]++;
            }

            @Override
            public void write(byte[] b, int off, int len) {
                written[0] += len;
            }
        });
        return written[0];
    }
}
