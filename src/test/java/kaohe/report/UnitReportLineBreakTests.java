package kaohe.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/** A unit report's cells break their lines where JasperReports measured them, so no line starts with a comma. */
class UnitReportLineBreakTests {

    @Test
    void noLineOfAUnitReportStartsWithClosingPunctuation() throws Exception {
        // Q01 is counted once a year, so it shows in a fourth quarter.
        PeriodReportData period = ReportSamples.period(kaohe.plan.ShippedPlan.plan(), kaohe.shared.Period.of("2019Q4"));
        ReportInput input = UnitReport.build(period, period.units().get(0), PeerFigures.of(period));
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        PdfRenderer.render(new ReportTemplates().unit(), input.parameters(), input.rows(), pdf);

        List<String> lines = printedLines(pdf.toByteArray());

        // Q01's target, 逐年提高，≥70%, is wider than its 66 pt column: it must break after the comma, not before it.
        assertThat(lines).as("the lines of Q01's target").contains("逐年提高，").contains("≥70%");
        // A cell holding "—" alone (nothing to show) is the one line that may start with it.
        assertThat(lines).as("lines starting with closing punctuation")
                .noneMatch(line -> !line.equals("—") && ChineseLines.NO_START.indexOf(line.charAt(0)) >= 0);
    }

    /** Each run of text PDFBox reads as one piece: a cell's line, or a word of it. */
    private static List<String> printedLines(byte[] pdf) throws Exception {
        List<String> lines = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    if (!text.isBlank()) {
                        lines.add(text.strip());
                    }
                }
            };
            stripper.setSortByPosition(true);
            stripper.getText(document);
        }
        return lines;
    }
}
