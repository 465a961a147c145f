package kaohe.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** The lines of a PDF as a reader sees them: page, text, where it starts and ends, and its face and size at each end. */
final class PdfLines {

    /** One printed line: {@code x0}/{@code x1} its left and right edges, {@code y} its baseline, in points from the page's top-left. */
    record Line(int page, String text, float x0, float x1, float y, String firstFont, float firstSize, float smallestSize, float pageWidth) {

        boolean startsWith(String prefix) {
            return text.startsWith(prefix);
        }
    }

    private PdfLines() {
    }

    /** The size a glyph is drawn at, in points: the text matrix's scale, which includes Tf's size (PDFBox's getFontSizeInPt is rounded to a whole point). */
    static float size(TextPosition p) {
        return p.getXScale();
    }

    /** PDFBox hands text over word by word; words on one baseline of one page make a line. */
    static List<Line> of(Path pdf) throws IOException {
        List<Line> words = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    List<TextPosition> printed = positions.stream().filter(p -> !p.getUnicode().isBlank()).toList();
                    if (printed.isEmpty()) {
                        return;
                    }
                    TextPosition first = printed.get(0);
                    TextPosition last = printed.get(printed.size() - 1);
                    float smallest = (float) printed.stream().mapToDouble(PdfLines::size).min().orElse(0);
                    words.add(new Line(getCurrentPageNo(), text.strip(), first.getXDirAdj(), last.getXDirAdj() + last.getWidthDirAdj(),
                            first.getYDirAdj(), first.getFont().getName(), size(first), smallest, first.getPageWidth()));
                }
            };
            stripper.setSortByPosition(true);
            stripper.getText(document);
        }
        List<Line> lines = new ArrayList<>();
        for (Line word : words) {
            Line previous = lines.isEmpty() ? null : lines.get(lines.size() - 1);
            if (previous != null && previous.page() == word.page() && Math.abs(previous.y() - word.y()) < 2) {
                boolean before = word.x0() < previous.x0();
                Line left = before ? word : previous;
                Line right = before ? previous : word;
                lines.set(lines.size() - 1, new Line(left.page(), left.text() + " " + right.text(), left.x0(), Math.max(left.x1(), right.x1()),
                        left.y(), left.firstFont(), left.firstSize(), Math.min(left.smallestSize(), right.smallestSize()), left.pageWidth()));
            } else {
                lines.add(word);
            }
        }
        return lines;
    }
}
