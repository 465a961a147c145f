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
public final class ReportTemplates {

    public static final String UNIT = "report-templates/unit/unit-report.jrxml";
    public static final String LEADERSHIP = "report-templates/leadership/leadership-report.jrxml";
    public static final List<String> ALL = List.of(UNIT, LEADERSHIP);

    private final JasperReport unit;
    private final JasperReport leadership;

    public ReportTemplates() {
        this.unit = compile(UNIT);
        this.leadership = compile(LEADERSHIP);
    }

    public JasperReport unit() {
        return unit;
    }

    public JasperReport leadership() {
        return leadership;
    }

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
