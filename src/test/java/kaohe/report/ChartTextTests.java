package kaohe.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A unit report's chart sets its labels as text in the report's own embedded font, so a reader can search and copy them. */
class ChartTextTests {

    @TempDir
    Path temp;

    @Test
    void theCategoryChartsLabelsAreTextInTheEmbeddedFont() throws Exception {
        ReportInput input = ReportSamples.firstUnitReport();
        Path pdf = ReportSamples.unitPdf(input.parameters(), input.rows(), temp.resolve("unit.pdf"));

        List<String> lines = PdfLines.of(pdf).stream().filter(l -> l.page() == 1).map(PdfLines.Line::text).toList();
        assertThat(lines).as("the axis title and a category label, drawn by the chart").contains("得分率 %").anyMatch(l -> l.startsWith("质量总体水平"));
        assertThat(fonts(pdf)).as("one face, embedded: no Helvetica standing in for a chart's default font")
                .isNotEmpty().allMatch(name -> name.endsWith("+NotoSansSC-Regular"));
    }

    /** The base font of every font a page or a drawing on it uses. */
    private static List<String> fonts(Path pdf) throws Exception {
        List<String> names = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            for (PDPage page : document.getPages()) {
                collect(page.getResources(), names);
            }
        }
        return names;
    }

    private static void collect(PDResources resources, List<String> names) throws Exception {
        if (resources == null) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            names.add(resources.getFont(name).getName());
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDFormXObject form) {
                collect(form.getResources(), names);
            }
        }
    }
}
