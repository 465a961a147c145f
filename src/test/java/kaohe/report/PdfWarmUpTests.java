package kaohe.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The warm-up before a run's unit PDFs renders the unit template with nothing in it; if that broke, it would warm nothing. */
class PdfWarmUpTests {

    @Test
    void theUnitTemplateRendersWithNoDataAtAll() {
        ReportTemplates templates = new ReportTemplates();

        long bytes = PdfWarmUp.render(templates);

        assertThat(bytes).as("a whole PDF, its font embedded").isGreaterThan(10_000);
        assertThat(templates.compilations()).as("the unit template, loaded for the run to use").isEqualTo(1);
    }
}
