package kaohe.report;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHint;

/**
 * bulletin.docx: the 通报 as an editable Word document, for the office to edit before issuing. The same
 * content as page one of leadership.pdf, with real tables. Headings ask for 黑体 and text for 仿宋 (as
 * 公文 are set), by name only: no font is embedded, and a machine without them (LibreOffice on Linux)
 * substitutes its own CJK font, so the file opens the same in Word, WPS and LibreOffice.
 */
final class BulletinDocument {

    static final String HEADING_FONT = "黑体";
    static final String BODY_FONT = "仿宋";
    /** Latin text and digits in 公文 are set in Times New Roman. */
    static final String LATIN_FONT = "Times New Roman";

    private BulletinDocument() {
    }

    static void write(Bulletin bulletin, OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            a4(doc);
            paragraph(doc, bulletin.edition(), BODY_FONT, 12, false, ParagraphAlignment.RIGHT, "C62828");
            paragraph(doc, bulletin.office(), HEADING_FONT, 22, true, ParagraphAlignment.CENTER, "C62828");
            paragraph(doc, bulletin.title(), HEADING_FONT, 18, true, ParagraphAlignment.CENTER, null);
            paragraph(doc, bulletin.office() + "　" + bulletin.date(), BODY_FONT, 12, false, ParagraphAlignment.RIGHT, null);
            for (String text : bulletin.paragraphs()) {
                XWPFParagraph p = paragraph(doc, text, BODY_FONT, 14, false, ParagraphAlignment.BOTH, null);
                p.setFirstLineIndent(560);
            }
            for (Bulletin.Table table : bulletin.rankings()) {
                table(doc, table, table.rows());
            }
            if (bulletin.behind().rows().isEmpty()) {
                paragraph(doc, bulletin.behind().title(), HEADING_FONT, 14, false, ParagraphAlignment.LEFT, null);
                paragraph(doc, "本期没有滞后于目标的项目。", BODY_FONT, 12, false, ParagraphAlignment.LEFT, null);
            } else {
                table(doc, bulletin.behind(), bulletin.behind().rows());
            }
            doc.write(out);
        }
    }

    private static void a4(XWPFDocument doc) {
        CTSectPr section = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(1440));
        margins.setBottom(BigInteger.valueOf(1440));
        margins.setLeft(BigInteger.valueOf(1588));
        margins.setRight(BigInteger.valueOf(1474));
    }

    private static XWPFParagraph paragraph(XWPFDocument doc, String text, String font, int points, boolean bold,
                                           ParagraphAlignment alignment, String colour) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(alignment);
        p.setSpacingAfter(120);
        run(p, text, font, points, bold, colour);
        return p;
    }

    private static void run(XWPFParagraph p, String text, String font, int points, boolean bold, String colour) {
        XWPFRun run = p.createRun();
        run.setText(text);
        run.setBold(bold);
        run.setFontSize(points);
        if (colour != null) {
            run.setColor(colour);
        }
        var properties = run.getCTR().isSetRPr() ? run.getCTR().getRPr() : run.getCTR().addNewRPr();
        CTFonts fonts = properties.sizeOfRFontsArray() > 0 ? properties.getRFontsArray(0) : properties.addNewRFonts();
        fonts.setEastAsia(font);
        fonts.setAscii(LATIN_FONT);
        fonts.setHAnsi(LATIN_FONT);
        fonts.setHint(STHint.EAST_ASIA);
    }

    private static void table(XWPFDocument doc, Bulletin.Table table, List<String[]> rows) {
        paragraph(doc, table.title(), HEADING_FONT, 14, false, ParagraphAlignment.LEFT, null);
        XWPFTable t = doc.createTable(rows.size() + 1, table.headers().length);
        t.setTableAlignment(TableRowAlign.CENTER);
        t.setWidth("100%");
        fill(t.getRow(0), table.headers(), true);
        t.getRow(0).setRepeatHeader(true);
        for (int r = 0; r < rows.size(); r++) {
            fill(t.getRow(r + 1), rows.get(r), false);
            t.getRow(r + 1).setCantSplitRow(true);
        }
    }

    private static void fill(XWPFTableRow row, String[] cells, boolean header) {
        for (int c = 0; c < cells.length && c < row.getTableCells().size(); c++) {
            XWPFTableCell cell = row.getCell(c);
            XWPFParagraph p = cell.getParagraphs().get(0);
            run(p, cells[c] == null ? "" : cells[c], header ? HEADING_FONT : BODY_FONT, 10, false, null);
            if (header) {
                cell.setColor("EEEEEE");
            }
        }
    }
}
