package kaohe.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.sf.jasperreports.engine.JRField;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperReport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Report templates are a typed contract: every template under report-templates/ compiles, declares
 * exactly the fields of ReportRow (as text), and declares every parameter its builder sets, so a broken
 * template fails the build instead of the quarterly run.
 */
class ReportTemplateContractTests {

    static Stream<String> templates() throws Exception {
        try (Stream<Path> files = Files.walk(Path.of("report-templates"))) {
            return files.filter(p -> p.toString().endsWith(".jrxml")).map(p -> p.toString().replace('\\', '/')).toList().stream();
        }
    }

    @org.junit.jupiter.api.Test
    void templatesCompileOnFirstUseAndOnlyOnceHoweverManyReportsRenderAtOnce() {
        ReportTemplates templates = new ReportTemplates();
        assertThat(templates.compilations()).as("nothing compiled before a report is written").isZero();

        java.util.Set<Object> seen = java.util.stream.IntStream.range(0, 8).parallel()
                .mapToObj(i -> (Object) templates.unit()).collect(java.util.stream.Collectors.toSet());

        assertThat(seen).hasSize(1);
        assertThat(templates.compilations()).isEqualTo(1);
        templates.leadership();
        templates.unit();
        assertThat(templates.compilations()).isEqualTo(2);
    }

    /** The build compiles every JRXML (TemplateCompiler at process-classes): runs load them and compile none. */
    @ParameterizedTest
    @MethodSource("templates")
    void everyTemplateShipsCompiledAndLoadsWithoutCompiling(String template) {
        String compiled = template.replaceFirst("\\.jrxml$", ".jasper");
        assertThat(ReportTemplates.class.getClassLoader().getResource(compiled)).as(compiled + " is on the classpath").isNotNull();
        int before = ReportTemplates.compiledFromSource();

        JasperReport report = ReportTemplates.load(template);

        assertThat(report.getName()).isEqualTo(ReportTemplates.compile(template).getName());
        assertThat(ReportTemplates.compiledFromSource()).as("loaded, not compiled").isEqualTo(before);
    }

    @ParameterizedTest
    @MethodSource("templates")
    void everyTemplateCompilesAndItsFieldsAreReportRowsComponents(String template) {
        assertThat(ReportTemplates.ALL).as("ReportTemplates knows " + template).contains(template);

        JasperReport report = ReportTemplates.compile(template);
        if (template.equals(ReportTemplates.CHART)) {
            assertThat(report.getFields()).as("a chart page draws its picture from parameters alone").isNull();
            return;
        }

        assertThat(Arrays.stream(report.getFields()).map(JRField::getName)).containsExactlyInAnyOrderElementsOf(RecordMaps.names(ReportRow.class));
        assertThat(Arrays.stream(report.getFields()).map(JRField::getValueClass)).allMatch(String.class::equals);
    }

    @ParameterizedTest
    @MethodSource("templates")
    void everyParameterABuilderSetsIsDeclaredWithItsType(String template) {
        JasperReport report = ReportTemplates.compile(template);
        Set<String> declared = Arrays.stream(report.getParameters()).filter(p -> !p.isSystemDefined()).map(JRParameter::getName)
                .collect(Collectors.toSet());

        List<String> built = switch (template) {
            case ReportTemplates.UNIT -> ReportSamples.unitParameters();
            case ReportTemplates.BULLETIN -> ReportSamples.bulletinParameters();
            case ReportTemplates.CHART -> ReportSamples.chartParameters();
            default -> ReportSamples.leadershipParameters();
        };

        assertThat(declared).containsExactlyInAnyOrderElementsOf(built);
        assertThat(Arrays.stream(report.getParameters()).filter(p -> p.getName().equals("chart")))
                .allMatch(p -> p.getValueClass() == java.awt.Image.class);
        assertThat(Arrays.stream(report.getParameters()).filter(p -> p.getName().equals("categoryChart")))
                .allMatch(p -> p.getValueClass() == net.sf.jasperreports.renderers.Renderable.class);
    }

    @ParameterizedTest
    @MethodSource("templates")
    void noTemplateSplitsARowAcrossPagesAndTableHeadersRepeatOnEveryPage(String template) {
        JasperReport report = ReportTemplates.compile(template);
        if (template.equals(ReportTemplates.CHART)) {
            return;
        }

        assertThat(report.getDetailSection().getBands()).allMatch(b -> b.getSplitType() == net.sf.jasperreports.engine.type.SplitTypeEnum.PREVENT);
        if (!template.equals(ReportTemplates.BULLETIN)) {
            assertThat(report.getGroups()).allMatch(g -> g.isReprintHeaderOnEachPage());
        }
    }

    /** A row of several lines reads from its top: its light dot stands beside the code on the first line, not above it. */
    @org.junit.jupiter.api.Test
    void aUnitReportsRowsAreTopAlignedWithTheLightBesideTheFirstLine() {
        JasperReport report = ReportTemplates.compile(ReportTemplates.UNIT);
        List<net.sf.jasperreports.engine.JRElement> row = Arrays.asList(report.getDetailSection().getBands()[0].getElements());

        List<net.sf.jasperreports.engine.JRTextField> cells = row.stream().filter(e -> e instanceof net.sf.jasperreports.engine.JRTextField)
                .map(e -> (net.sf.jasperreports.engine.JRTextField) e).toList();
        assertThat(cells).isNotEmpty().allMatch(c -> c.getVerticalTextAlign() == net.sf.jasperreports.engine.type.VerticalTextAlignEnum.TOP);
        float firstLine = cells.get(0).getLineBox().getTopPadding() + cells.get(0).getFontSize() * 1.45f;
        assertThat(row.stream().filter(e -> e instanceof net.sf.jasperreports.engine.JRRectangle))
                .as("the three lights").hasSize(3).allMatch(dot -> dot.getY() + dot.getHeight() <= firstLine);
    }
}
