package kaohe.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperReport;

/**
 * The report templates under {@code report-templates/}, compiled once when this is created (1–2 s
 * each the first time in a JVM) and reused for every unit of every run.
 */
final class ReportTemplates {

    public static final String UNIT = "report-templates/unit/unit-report.jrxml";
    public static final String LEADERSHIP = "report-templates/leadership/leadership-report.jrxml";
    public static final String BULLETIN = "report-templates/leadership/bulletin.jrxml";
    public static final String CHART = "report-templates/leadership/chart-page.jrxml";
    public static final List<String> ALL = List.of(UNIT, LEADERSHIP, BULLETIN, CHART);

    /**
     * Compiled on first use, once: compiling costs a second or more, which commands that write no
     * report (ingest, a cold start storing its first return) should not pay.
     */
    private final java.util.concurrent.ConcurrentHashMap<String, JasperReport> compiled = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicInteger compilations = new java.util.concurrent.atomic.AtomicInteger();

    public JasperReport unit() {
        return compiled(UNIT);
    }

    public JasperReport leadership() {
        return compiled(LEADERSHIP);
    }

    /** The one-page 通报 that opens leadership.pdf. */
    public JasperReport bulletin() {
        return compiled(BULLETIN);
    }

    /** One picture of leadership.pdf's 附件 on a landscape page. */
    public JasperReport chart() {
        return compiled(CHART);
    }

    /** How many templates this instance has compiled so far. */
    public int compilations() {
        return compilations.get();
    }

    private JasperReport compiled(String resource) {
        return compiled.computeIfAbsent(resource, r -> {
            compilations.incrementAndGet();
            return load(r);
        });
    }

    /**
     * The template ready to fill: the .jasper compiled at build time beside it in the jar (TemplateCompiler), else the
     * JRXML compiled now, which only a run from sources without the build's process-classes step needs.
     */
    static JasperReport load(String resource) {
        String compiled = resource.replaceFirst("\\.jrxml$", ".jasper");
        try (InputStream in = ReportTemplates.class.getClassLoader().getResourceAsStream(compiled)) {
            if (in != null) {
                return (JasperReport) net.sf.jasperreports.engine.util.JRLoader.loadObject(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JRException e) {
            throw new IllegalStateException("compiled report template " + compiled + " cannot be read: " + e.getMessage(), e);
        }
        FROM_SOURCE.incrementAndGet();
        return compile(resource);
    }

    /** How many templates this JVM has compiled from JRXML because no compiled one shipped. */
    static int compiledFromSource() {
        return FROM_SOURCE.get();
    }

    private static final java.util.concurrent.atomic.AtomicInteger FROM_SOURCE = new java.util.concurrent.atomic.AtomicInteger();

    public static JasperReport compile(String resource) {
        try (InputStream in = ReportTemplates.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("report template missing from the classpath: " + resource);
            }
            return JasperCompileManager.compileReport(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JRException e) {
            throw new IllegalStateException("report template " + resource + " does not compile: " + e.getMessage(), e);
        }
    }
}
