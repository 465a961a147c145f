package kaohe.report;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import java.text.AttributedCharacterIterator;
import java.text.Bidi;
import java.util.Locale;
import java.util.Map;
import net.sf.jasperreports.engine.JRLineBox;
import net.sf.jasperreports.engine.JRPrintText;
import net.sf.jasperreports.engine.util.JRStyledText;
import net.sf.jasperreports.pdf.classic.ClassicChunk;
import net.sf.jasperreports.pdf.classic.ClassicPdfProducer;
import net.sf.jasperreports.pdf.classic.ClassicPhrase;
import net.sf.jasperreports.pdf.common.PdfChunk;
import net.sf.jasperreports.pdf.common.PdfPhrase;
import net.sf.jasperreports.pdf.common.PdfProducer;
import net.sf.jasperreports.pdf.common.PdfProducerContext;
import net.sf.jasperreports.pdf.common.PdfProducerFactory;
import net.sf.jasperreports.pdf.common.PdfTextAlignment;
import net.sf.jasperreports.pdf.common.PdfTextChunk;
import net.sf.jasperreports.pdf.common.PdfTextRendererContext;
import net.sf.jasperreports.pdf.common.TextDirection;

/**
 * JasperReports' own PDF producer with three changes:
 * <ul>
 * <li>A text with no right-to-left character is laid out without the Unicode bidirectional algorithm. JasperReports asks
 * OpenPDF for explicit left-to-right layout of every text, and OpenPDF then runs {@link Bidi} over its whole line
 * buffer (256 characters or more) for each one: a tenth of a unit PDF's time, for reports in Chinese and digits, where
 * the algorithm can change nothing. A text holding any character it could act on (Hebrew, Arabic, an embedding mark) is
 * laid out exactly as before.</li>
 * <li>Embedded fonts are compressed at zlib's level {@value #FONT_COMPRESSION_LEVEL} instead of its default 6. OpenPDF
 * keeps a subset's glyph-offset and width tables whole (about 250 KB for Noto Sans SC's 30,898 glyphs), so every PDF
 * deflates some 330 KB of font program whatever few hundred characters it shows. At level 6 that was about a quarter of
 * a unit PDF's CPU; at level 4 a unit PDF took a third less CPU (14.2 against 20.8 ms in one JVM) and was 2 % larger;
 * at level 1 it takes another 9 % less (13.5 against 14.8 ms, the sample period's 32 unit PDFs, three JVMs each way)
 * and is 4.5 % larger (91.0 against 87.0 KB).</li>
 * <li>Lines break by {@link ChineseSplitCharacter}: no line starts with closing punctuation. Where OpenPDF would need
 * more lines than the fill made room for, the fill's lines are printed ({@link OpenPdfLines}).</li>
 * </ul>
 * Named in {@code jasperreports.properties}.
 */
public final class KaohePdfProducerFactory implements PdfProducerFactory {

    static final int FONT_COMPRESSION_LEVEL = 1;

    @Override
    public PdfProducer createProducer(PdfProducerContext context) {
        return new Producer(context);
    }

    private static final class Producer extends ClassicPdfProducer {

        Producer(PdfProducerContext context) {
            super(context);
        }

        @Override
        public Font getFont(Map<AttributedCharacterIterator.Attribute, Object> attributes, Locale locale) {
            Font font = super.getFont(attributes, locale);
            // OpenPDF shares one BaseFont per font file among all documents; setting its level once is enough.
            BaseFont base = font.getBaseFont();
            if (base != null && base.getCompressionLevel() != FONT_COMPRESSION_LEVEL) {
                base.setCompressionLevel(FONT_COMPRESSION_LEVEL);
            }
            return font;
        }

        @Override
        public PdfTextChunk createChunk(String text, Map<AttributedCharacterIterator.Attribute, Object> attributes, Locale locale) {
            PdfTextChunk chunk = super.createChunk(text, attributes, locale);
            ((ClassicChunk) chunk).getChunk().setSplitCharacter(ChineseSplitCharacter.INSTANCE);
            return chunk;
        }

        /**
         * Where OpenPDF would break a one-paragraph text of one style into more lines than the fill made room for, the
         * lines the fill measured are printed instead, so nothing falls outside the cell.
         */
        @Override
        protected boolean toUseSavedLineBreaks(PdfTextRendererContext context) {
            if (super.toUseSavedLineBreaks(context)) {
                return true;
            }
            JRPrintText text = context.getPrintText();
            short[] fillBreaks = text.getLineBreakOffsets();
            JRStyledText styled = context.getStyledText();
            if (fillBreaks == null || fillBreaks.length == 0 || styled.getRuns().size() != 1
                    || styled.getText().indexOf('\n') >= 0) {
                return false;
            }
            Font font = getFont(styled.getRuns().get(0).attributes, context.getTextLocale());
            JRLineBox box = text.getLineBox();
            float width = text.getWidth() - box.getLeftPadding() - box.getRightPadding();
            return font.getBaseFont() != null
                    && OpenPdfLines.count(styled.getText(), font.getBaseFont(), font.getSize(), width) > fillBreaks.length + 1;
        }

        @Override
        public PdfPhrase createPhrase() {
            return new LeftToRightPhrase(this, new Phrase());
        }

        @Override
        public PdfPhrase createPhrase(PdfChunk chunk) {
            return new LeftToRightPhrase(this, new Phrase(((ClassicChunk) chunk).getChunk()));
        }
    }

    private static final class LeftToRightPhrase extends ClassicPhrase {

        /** The same phrase the superclass lays out, which it keeps to itself. */
        private final Phrase phrase;

        LeftToRightPhrase(ClassicPdfProducer producer, Phrase phrase) {
            super(producer, phrase);
            this.phrase = phrase;
        }

        @Override
        public float go(float llx, float lly, float urx, float ury, float fixedLeading, float multipliedLeading,
                        PdfTextAlignment alignment, TextDirection direction) {
            TextDirection layout = direction == TextDirection.LTR && !needsBidi(phrase) ? TextDirection.DEFAULT : direction;
            return super.go(llx, lly, urx, ury, fixedLeading, multipliedLeading, alignment, layout);
        }
    }

    /** Whether the bidirectional algorithm could reorder or mirror anything in the phrase (or it holds more than text). */
    static boolean needsBidi(Phrase phrase) {
        for (Element element : phrase) {
            if (!(element instanceof Chunk chunk)) {
                return true;
            }
            char[] text = chunk.getContent().toCharArray();
            if (Bidi.requiresBidi(text, 0, text.length)) {
                return true;
            }
        }
        return false;
    }
}
