package kaohe.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;

/**
 * Compiles every JRXML under a folder into a .jasper beside its place in the output folder, at build time (Maven's
 * process-classes phase runs it), so that the jar ships compiled reports and no run pays the second or more a
 * compilation costs. A template that does not compile fails the build, naming it.
 */
public final class TemplateCompiler {

    private TemplateCompiler() {
    }

    /** {@code args}: the templates folder, then the folder the .jasper files go to (both keep the same sub-folders). */
    public static void main(String[] args) {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: TemplateCompiler <report-templates folder> <output folder>");
        }
        List<Path> compiled = compileAll(Path.of(args[0]), Path.of(args[1]));
        System.out.println("compiled " + compiled.size() + " report templates");
    }

    static List<Path> compileAll(Path templates, Path output) {
        try (Stream<Path> files = Files.walk(templates)) {
            List<Path> sources = files.filter(p -> p.toString().endsWith(".jrxml")).sorted().toList();
            for (Path source : sources) {
                Path target = output.resolve(templates.relativize(source).toString().replaceFirst("\\.jrxml$", ".jasper"));
                Files.createDirectories(target.getParent());
                try {
                    JasperCompileManager.compileReportToFile(source.toString(), target.toString());
                } catch (JRException e) {
                    throw new IllegalStateException("report template " + source + " does not compile: " + e.getMessage(), e);
                }
            }
            return sources;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Seconds to make every template ready, as shipped (loading the .jasper files) and from JRXML (compiling them). */
    public record Readiness(int templates, double loadSeconds, double compileSeconds) {
    }

    /** Times both ways in this JVM, loading first; the benchmark prints it. */
    public static Readiness timing() {
        long start = System.nanoTime();
        ReportTemplates.ALL.forEach(ReportTemplates::load);
        long loaded = System.nanoTime();
        ReportTemplates.ALL.forEach(ReportTemplates::compile);
        long compiled = System.nanoTime();
        return new Readiness(ReportTemplates.ALL.size(), (loaded - start) / 1e9, (compiled - loaded) / 1e9);
    }
}
