package kaohe.report;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFramePr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHAnchor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHdrFtr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHint;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVAnchor;
import org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STYAlign;

/**
 * bulletin.docx: the 通报 as a 公文 the office can issue after writing its own 下步工作要求, laid out as GB/T
 * 9704-2012 fixes it: A4 with 天头 37 mm and 订口 28 mm, a 156 × 225 mm 版心 of 22 lines of 28 characters, the
 * red 发文机关标志 and 发文字号 over a red rule, the title in 2号小标宋, 主送机关, the body in 3号仿宋 with 黑体 and
 * 楷体 headings (as paragraph styles, so Word's navigation pane lists them), 附件说明, 署名 and 成文日期, each table
 * as an 附件 on a page of its own, the 版记 at the foot of the last page, and page numbers "— 1 —" on alternate
 * sides. Fonts are named as the office's Word has them and embedded nowhere.
 */
final class BulletinDocument {

    static final String TITLE_FONT = "方正小标宋简体";
    static final String BODY_FONT = "仿宋_GB2312";
    static final String HEADING_FONT = "黑体";
    static final String SUBHEADING_FONT = "楷体_GB2312";
    static final String PAGE_NUMBER_FONT = "宋体";
    /** Latin text and digits in 公文 are set in Times New Roman. */
    static final String LATIN_FONT = "Times New Roman";
    static final String RED = "FF0000";

    /** Twips (1/1440 inch) per millimetre. */
    private static final double MM = 1440 / 25.4;
    static final int PAGE_WIDTH = 11906;
    static final int PAGE_HEIGHT = 16838;
    static final int TOP = mm(37);
    static final int LEFT = mm(28);
    static final int RIGHT = mm(26);
    static final int BOTTOM = mm(35);
    static final int TEXT_WIDTH = PAGE_WIDTH - LEFT - RIGHT;
    /** 22 lines fill the 225 mm 版心: a line pitch of about 28.9 pt. */
    static final int LINE = (int) Math.floor(mm(225) / 22.0);
    /** 3号 is 16 pt. */
    static final int BODY_POINTS = 16;
    static final int TITLE_POINTS = 22;
    /** 小四 (12 pt): the annex tables' cells. */
    static final int TABLE_POINTS = 12;
    private static final String TABLE_TEXT = "TableText";
    static final int VERSION_MARK_POINTS = 14;
    /**
     * Twentieths of a point each 3号 character is drawn closer: 28 characters fill the 156 mm line (15.79 pt a
     * character) where 16 pt would let only 27 in.
     */
    static final int CONDENSE = (int) Math.floor((156.0 / 28 * 72 / 25.4 - BODY_POINTS) * 20);

    private BulletinDocument() {
    }

    static int mm(double millimetres) {
        return (int) Math.round(millimetres * MM);
    }

    static void write(Bulletin bulletin, BulletinForm form, OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            page(doc);
            styles(doc);
            pageNumbers(doc);
            doc.getProperties().getCoreProperties().setTitle(bulletin.title());
            doc.getProperties().getCoreProperties().setContentStatus(bulletin.edition());

            XWPFParagraph mark = paragraph(doc, ParagraphAlignment.CENTER);
            offGrid(mark);
            spacing(mark, mm(35), 0, mm(15));
            run(mark, form.office(), TITLE_FONT, markPoints(form.office()), RED);

            XWPFParagraph number = paragraph(doc, ParagraphAlignment.CENTER);
            spacing(number, 2 * LINE, 0, LINE);
            run(number, form.number(), BODY_FONT, BODY_POINTS, null);
            // The red rule 4 mm under the 发文字号, as wide as the 版心.
            border(number, false, 12, RED, 11);

            for (String line : titleLines(bulletin.title())) {
                XWPFParagraph title = paragraph(doc, ParagraphAlignment.CENTER);
                title.setStyle("Title");
                offGrid(title);
                spacing(title, line.equals(titleLines(bulletin.title()).get(0)) ? 2 * LINE : 0, 0, mm(12.5));
                run(title, line, TITLE_FONT, TITLE_POINTS, null);
            }

            XWPFParagraph to = paragraph(doc, ParagraphAlignment.LEFT);
            spacing(to, LINE, 0, LINE);
            run(to, form.to(), BODY_FONT, BODY_POINTS, null);

            XWPFParagraph opening = paragraph(doc, ParagraphAlignment.BOTH);
            bodyLine(opening);
            indent(opening, 200, 0);
            run(opening, bulletin.opening(), BODY_FONT, BODY_POINTS, null);
            for (Bulletin.Section section : bulletin.body(form)) {
                heading(doc, section.heading());
                for (String text : section.paragraphs()) {
                    java.util.regex.Matcher numbered = SUBHEADING.matcher(text);
                    XWPFParagraph p = paragraph(doc, ParagraphAlignment.BOTH);
                    bodyLine(p);
                    indent(p, 200, 0);
                    if (numbered.matches()) {
                        run(p, numbered.group(1), SUBHEADING_FONT, BODY_POINTS, null);
                        text = numbered.group(2);
                    }
                    run(p, text, BODY_FONT, BODY_POINTS, null);
                }
            }

            List<Bulletin.Table> annexes = new ArrayList<>(bulletin.annexRankings());
            annexes.add(bulletin.behind());
            if (!bulletin.cautions().isEmpty()) {
                annexes.add(new Bulletin.Table("考核说明", new String[0], bulletin.cautions().stream().map(c -> new String[]{c}).toList(), List.of()));
            }
            for (int i = 0; i < annexes.size(); i++) {
                XWPFParagraph note = paragraph(doc, ParagraphAlignment.LEFT);
                spacing(note, i == 0 ? LINE : 0, 0, LINE);
                // The later lines under the first's text, past "附件：".
                indent(note, i == 0 ? 200 : 500, 0);
                run(note, (i == 0 ? "附件：" : "") + (i + 1) + "．" + annexTitle(annexes.get(i)), BODY_FONT, BODY_POINTS, null);
                // 附件说明, 署名 and 成文日期 stay on one page.
                ppr(note).addNewKeepNext();
            }

            XWPFParagraph signature = paragraph(doc, ParagraphAlignment.RIGHT);
            spacing(signature, 2 * LINE, 0, LINE);
            indentRight(signature, 200);
            run(signature, form.office(), BODY_FONT, BODY_POINTS, null);
            ppr(signature).addNewKeepNext();
            XWPFParagraph date = paragraph(doc, ParagraphAlignment.RIGHT);
            spacing(date, 0, 0, LINE);
            // The date's first character two 字 right of the signature's: its right edge that much further in.
            indentRight(date, (int) Math.max(0, 200 + Math.round(100 * (charWidth(form.office()) - 2 - charWidth(form.date())))));
            run(date, form.date(), BODY_FONT, BODY_POINTS, null);

            for (int i = 0; i < annexes.size(); i++) {
                annex(doc, i + 1, annexes.get(i));
            }
            versionMark(doc, form);
            doc.write(out);
        }
    }

    /**
     * A short notice in the 通报's page, fonts and signature, without its red header: the 更正说明 that goes
     * out with a corrected unit report. {@code edition} goes into the document's properties.
     */
    static void writeNotice(String title, List<String> paragraphs, BulletinForm form, String edition, OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            page(doc);
            styles(doc);
            pageNumbers(doc);
            doc.getProperties().getCoreProperties().setTitle(title);
            doc.getProperties().getCoreProperties().setContentStatus(edition);
            List<String> lines = titleLines(title);
            for (int i = 0; i < lines.size(); i++) {
                XWPFParagraph heading = paragraph(doc, ParagraphAlignment.CENTER);
                heading.setStyle("Title");
                offGrid(heading);
                spacing(heading, i == 0 ? LINE : 0, 0, mm(12.5));
                run(heading, lines.get(i), TITLE_FONT, TITLE_POINTS, null);
            }
            XWPFParagraph to = paragraph(doc, ParagraphAlignment.LEFT);
            spacing(to, LINE, 0, LINE);
            run(to, form.to(), BODY_FONT, BODY_POINTS, null);
            for (String text : paragraphs) {
                XWPFParagraph p = paragraph(doc, ParagraphAlignment.BOTH);
                bodyLine(p);
                indent(p, 200, 0);
                run(p, text, BODY_FONT, BODY_POINTS, null);
            }
            XWPFParagraph signature = paragraph(doc, ParagraphAlignment.RIGHT);
            spacing(signature, 2 * LINE, 0, LINE);
            indentRight(signature, 200);
            run(signature, form.office(), BODY_FONT, BODY_POINTS, null);
            ppr(signature).addNewKeepNext();
            XWPFParagraph date = paragraph(doc, ParagraphAlignment.RIGHT);
            spacing(date, 0, 0, LINE);
            indentRight(date, (int) Math.max(0, 200 + Math.round(100 * (charWidth(form.office()) - 2 - charWidth(form.date())))));
            run(date, form.date(), BODY_FONT, BODY_POINTS, null);
            doc.write(out);
        }
    }

    /** The 标志 fills at most the 版心's width: a long office name is set smaller. */
    static int markPoints(String office) {
        double perCharacter = 156.0 / Math.max(1, office.length()) * 72 / 25.4;
        return (int) Math.max(22, Math.min(36, Math.floor(perCharacter)));
    }

    /** 关于2019年第四季度质量提升行动计划考核情况的通报, broken where a reader would pause when it is too long for a line. */
    static List<String> titleLines(String title) {
        int perLine = 156 * 72 / 25 / TITLE_POINTS;
        if (title.length() <= perLine) {
            return List.of(title);
        }
        int cut = title.indexOf("季度");
        cut = cut > 0 && cut + 2 < title.length() ? cut + 2 : title.length() / 2;
        return List.of(title.substring(0, cut), title.substring(cut));
    }

    /** Width in 字: digits and Latin letters take half a character, as they take one column-width unit of two. */
    static double charWidth(String text) {
        return kaohe.template.PrintLayout.widthUnits(text) / 2.0;
    }

    private static String annexTitle(Bulletin.Table table) {
        return table.title().replaceFirst("^[一二三四五六七八九十]+、", "");
    }

    /** A second-level number at a paragraph's start, （一）, set in 楷体 as GB/T 9704 sets the second heading level. */
    private static final java.util.regex.Pattern SUBHEADING = java.util.regex.Pattern.compile("^(（[一二三四五六七八九十]+）)(.*)$",
            java.util.regex.Pattern.DOTALL);

    /** 一、总体情况: a 黑体 heading paragraph that Word's navigation pane lists. */
    private static void heading(XWPFDocument doc, String text) {
        XWPFParagraph heading = paragraph(doc, ParagraphAlignment.LEFT);
        heading.setStyle("Heading1");
        bodyLine(heading);
        indent(heading, 200, 0);
        run(heading, text, HEADING_FONT, BODY_POINTS, null);
    }

    private static void annex(XWPFDocument doc, int number, Bulletin.Table table) {
        XWPFParagraph label = paragraph(doc, ParagraphAlignment.LEFT);
        label.createRun().addBreak(BreakType.PAGE);
        bodyLine(label);
        run(label, "附件" + number, HEADING_FONT, BODY_POINTS, null);
        XWPFParagraph title = paragraph(doc, ParagraphAlignment.CENTER);
        offGrid(title);
        spacing(title, LINE, LINE / 2, mm(12.5));
        run(title, annexTitle(table), TITLE_FONT, TITLE_POINTS, null);
        if (table.headers().length == 0) {
            for (String[] row : table.rows()) {
                XWPFParagraph p = paragraph(doc, ParagraphAlignment.BOTH);
                bodyLine(p);
                indent(p, 200, 0);
                run(p, row[0], BODY_FONT, BODY_POINTS, null);
            }
            return;
        }
        if (table.rows().isEmpty()) {
            XWPFParagraph none = paragraph(doc, ParagraphAlignment.BOTH);
            bodyLine(none);
            indent(none, 200, 0);
            run(none, "本期没有滞后于目标的项目。", BODY_FONT, BODY_POINTS, null);
            return;
        }
        XWPFTable t = doc.createTable(table.rows().size() + 1, table.headers().length);
        t.setTableAlignment(TableRowAlign.CENTER);
        int[] widths = columnWidths(table, TEXT_WIDTH);
        fixedColumns(t, widths);
        fill(t.getRow(0), table.headers(), true);
        t.getRow(0).setRepeatHeader(true);
        for (int r = 0; r < table.rows().size(); r++) {
            fill(t.getRow(r + 1), table.rows().get(r), false);
            t.getRow(r + 1).setCantSplitRow(true);
        }
        for (XWPFTableRow row : t.getRows()) {
            for (int c = 0; c < widths.length && c < row.getTableCells().size(); c++) {
                row.getCell(c).setWidthType(org.apache.poi.xwpf.usermodel.TableWidthType.DXA);
                row.getCell(c).setWidth(String.valueOf(widths[c]));
            }
        }
    }

    /** A table cell's left and right margin, in twips: about 1 mm, half Word's default, so an 8-column ranking fits. */
    static final int CELL_MARGIN = 60;
    static final int CELL_PADDING = 2 * CELL_MARGIN;
    /** The text of an annex table, in twips per 字 (12 pt). */
    static final int TABLE_CHARACTER = 240;
    /** A little more than the text and its padding: the borders, and rounding in the office suite's layout. */
    static final int SLACK = 40;

    /**
     * Column widths in twips summing to {@code total}. Equal columns broke a unit's name such as 嘉兴检验检疫局 over three
     * lines beside a column of two-digit ranks. Each column asks for its widest cell (at most 24 字) or its heading, on
     * two lines ({@link #headerWidth}) only when the table would not fit otherwise.
     * When all fit, each gets its share of the width in proportion. When they do not, the short columns (ranks, codes,
     * scores, 等级: each narrower than an equal share of what the shorter ones leave) keep their full width, so no short
     * word is broken, and the long ones share the rest in proportion, so a long target and a long item name wrap to
     * about as many lines.
     */
    static int[] columnWidths(Bulletin.Table table, int total) {
        int columns = table.headers().length;
        double[] oneLine = needs(table, false);
        double[] need = java.util.Arrays.stream(oneLine).sum() <= total ? oneLine : needs(table, true);
        double sum = java.util.Arrays.stream(need).sum();
        double[] width = new double[columns];
        if (sum <= total) {
            for (int c = 0; c < columns; c++) {
                width[c] = need[c] * total / sum;
            }
        } else {
            Integer[] narrowestFirst = java.util.stream.IntStream.range(0, columns).boxed()
                    .sorted(java.util.Comparator.comparingDouble(c -> need[c])).toArray(Integer[]::new);
            double left = total;
            int sharing = columns;
            int first = 0;
            while (first < columns && need[narrowestFirst[first]] <= left / sharing) {
                width[narrowestFirst[first]] = need[narrowestFirst[first]];
                left -= need[narrowestFirst[first]];
                sharing--;
                first++;
            }
            double wanted = 0;
            for (int i = first; i < columns; i++) {
                wanted += need[narrowestFirst[i]];
            }
            // In proportion to what each asks, the long columns wrap to about the same number of lines: the lowest rows.
            for (int i = first; i < columns; i++) {
                width[narrowestFirst[i]] = need[narrowestFirst[i]] * left / wanted;
            }
        }
        int[] widths = new int[columns];
        int given = 0;
        for (int c = 0; c < columns; c++) {
            widths[c] = c == columns - 1 ? total - given : (int) Math.floor(width[c]);
            given += widths[c];
        }
        return widths;
    }

    /** Each column's widest cell in twips, its heading on one line or, when they would not fit so, on two. */
    private static double[] needs(Bulletin.Table table, boolean headingsOnTwoLines) {
        double[] need = new double[table.headers().length];
        for (int c = 0; c < need.length; c++) {
            String header = table.headers()[c];
            double widest = headingsOnTwoLines ? headerWidth(header) : charWidth(header);
            for (String[] row : table.rows()) {
                widest = Math.max(widest, c < row.length && row[c] != null ? charWidth(row[c]) : 0);
            }
            need[c] = Math.min(Math.max(widest, 1), 24) * TABLE_CHARACTER + CELL_PADDING + SLACK;
        }
        return need;
    }

    /** A heading of four 字 or more may take two lines (上期/总分), as the headings of printed tables do; a shorter one keeps one. */
    static double headerWidth(String header) {
        double width = charWidth(header);
        return width <= 3 ? width : Math.ceil(width / 2);
    }

    /** A fixed layout on a grid of these widths: Word, WPS and LibreOffice all set the columns as given. */
    private static void fixedColumns(XWPFTable table, int[] widths) {
        table.setWidthType(org.apache.poi.xwpf.usermodel.TableWidthType.DXA);
        table.setWidth(String.valueOf(java.util.Arrays.stream(widths).sum()));
        var properties = table.getCTTbl().getTblPr();
        (properties.isSetTblLayout() ? properties.getTblLayout() : properties.addNewTblLayout())
                .setType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType.FIXED);
        var margins = properties.isSetTblCellMar() ? properties.getTblCellMar() : properties.addNewTblCellMar();
        (margins.isSetLeft() ? margins.getLeft() : margins.addNewLeft()).setW(BigInteger.valueOf(CELL_MARGIN));
        margins.getLeft().setType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth.DXA);
        (margins.isSetRight() ? margins.getRight() : margins.addNewRight()).setW(BigInteger.valueOf(CELL_MARGIN));
        margins.getRight().setType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth.DXA);
        var grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid() : table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int width : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(width));
        }
    }

    /**
     * 版记 at the foot of the last page: 抄送 (when there are copies) and 印发机关 with 印发日期 between rules as wide as the
     * 版心, the outer ones 0.35 mm and the one between 0.25 mm; a frame anchored to the bottom margin keeps it at the foot.
     */
    private static void versionMark(XWPFDocument doc, BulletinForm form) {
        if (!form.cc().isEmpty()) {
            XWPFParagraph cc = paragraph(doc, ParagraphAlignment.LEFT);
            atFoot(cc);
            border(cc, true, 8, "000000", 1);
            border(cc, false, 6, "000000", 1);
            indent(cc, 100, 100);
            run(cc, "抄送：" + form.cc() + (form.cc().endsWith("。") ? "" : "。"), BODY_FONT, VERSION_MARK_POINTS, null);
        }
        XWPFParagraph printed = paragraph(doc, ParagraphAlignment.LEFT);
        atFoot(printed);
        if (form.cc().isEmpty()) {
            border(printed, true, 8, "000000", 1);
        }
        border(printed, false, 8, "000000", 1);
        indent(printed, 100, 100);
        var tab = printed.getCTP().getPPr().addNewTabs().addNewTab();
        tab.setVal(STTabJc.RIGHT);
        tab.setPos(BigInteger.valueOf(TEXT_WIDTH - VERSION_MARK_POINTS * 20));
        run(printed, form.printer(), BODY_FONT, VERSION_MARK_POINTS, null);
        printed.createRun().addTab();
        run(printed, form.date() + "印发", BODY_FONT, VERSION_MARK_POINTS, null);
    }

    private static void atFoot(XWPFParagraph p) {
        CTFramePr frame = ppr(p).addNewFramePr();
        frame.setVAnchor(STVAnchor.MARGIN);
        frame.setYAlign(STYAlign.BOTTOM);
        frame.setHAnchor(STHAnchor.MARGIN);
        frame.setW(BigInteger.valueOf(TEXT_WIDTH));
    }

    private static void page(XWPFDocument doc) {
        CTSectPr section = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_WIDTH));
        size.setH(BigInteger.valueOf(PAGE_HEIGHT));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(TOP));
        margins.setBottom(BigInteger.valueOf(BOTTOM));
        margins.setLeft(BigInteger.valueOf(LEFT));
        margins.setRight(BigInteger.valueOf(RIGHT));
        margins.setHeader(BigInteger.valueOf(mm(15)));
        // The page number's top 7 mm under the 版心: the footer's bottom edge about 23 mm above the page's.
        margins.setFooter(BigInteger.valueOf(mm(23)));
        // 22 lines on the grid; the 28 characters a line come from the runs' spacing (CONDENSE), since an office suite
        // that snaps characters to a character grid gives a 16 pt character two cells of 15.8 pt.
        CTDocGrid grid = section.addNewDocGrid();
        grid.setType(STDocGrid.LINES);
        grid.setLinePitch(BigInteger.valueOf(LINE));
    }

    /** Paragraph styles Word's navigation pane lists, and the document's defaults: 3号仿宋, Chinese. */
    private static void styles(XWPFDocument doc) {
        XWPFStyles styles = doc.createStyles();
        var all = org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles.Factory.newInstance();
        CTRPr defaults = all.addNewDocDefaults().addNewRPrDefault().addNewRPr();
        fonts(defaults.addNewRFonts(), BODY_FONT);
        // The grid's character pitch is reckoned from the default size: 3号, as the body.
        defaults.addNewSz().setVal(BigInteger.valueOf(BODY_POINTS * 2L));
        defaults.addNewSzCs().setVal(BigInteger.valueOf(BODY_POINTS * 2L));
        var language = defaults.addNewLang();
        language.setVal("zh-CN");
        language.setEastAsia("zh-CN");
        styles.setStyles(all);
        styles.addStyle(style("Title", "Title", TITLE_FONT, TITLE_POINTS, null));
        styles.addStyle(style("Heading1", "heading 1", HEADING_FONT, BODY_POINTS, 0));
        styles.addStyle(style("Heading2", "heading 2", SUBHEADING_FONT, BODY_POINTS, 1));
        styles.addStyle(tableText());
    }

    /**
     * The annex tables' body cells: 小四 (12 pt) 仿宋, centred, off the character grid. Set once as a style, so a
     * cell holds its text alone: a province's annex of 10,000 rows took 313 MB of heap with these properties on
     * every cell, and the 通报 of a 10,000-unit quarter ran out of a 1 GB heap.
     */
    private static XWPFStyle tableText() {
        XWPFStyle style = style(TABLE_TEXT, "Table Text", BODY_FONT, TABLE_POINTS, null);
        var ppr = style.getCTStyle().getPPr();
        ppr.addNewSnapToGrid().setVal(org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STOnOff1.OFF);
        ppr.addNewJc().setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc.CENTER);
        style.getCTStyle().getRPr().getRFontsArray(0).setHint(STHint.EAST_ASIA);
        return style;
    }

    private static XWPFStyle style(String id, String name, String font, int points, Integer outline) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        style.addNewQFormat();
        var ppr = style.addNewPPr();
        if (outline != null) {
            ppr.addNewOutlineLvl().setVal(BigInteger.valueOf(outline));
        }
        CTRPr rpr = style.addNewRPr();
        fonts(rpr.addNewRFonts(), font);
        rpr.addNewSz().setVal(BigInteger.valueOf(points * 2L));
        rpr.addNewSzCs().setVal(BigInteger.valueOf(points * 2L));
        return new XWPFStyle(style);
    }

    /** "— 1 —" in 4号宋体, 7 mm under the 版心: odd pages on the right one 字 in, even pages on the left one 字 in. */
    private static void pageNumbers(XWPFDocument doc) {
        doc.setEvenAndOddHeadings(true);
        XWPFHeaderFooterPolicy policy = doc.createHeaderFooterPolicy();
        pageNumber(policy.createFooter(STHdrFtr.DEFAULT), ParagraphAlignment.RIGHT);
        pageNumber(policy.createFooter(STHdrFtr.EVEN), ParagraphAlignment.LEFT);
    }

    private static void pageNumber(XWPFFooter footer, ParagraphAlignment side) {
        XWPFParagraph p = footer.getParagraphs().isEmpty() ? footer.createParagraph() : footer.getParagraphs().get(0);
        p.setAlignment(side);
        if (side == ParagraphAlignment.RIGHT) {
            indentRight(p, 100);
        } else {
            ind(p).setLeftChars(BigInteger.valueOf(100));
            ind(p).setLeft(BigInteger.valueOf(14 * 20));
        }
        run(p, "— ", PAGE_NUMBER_FONT, 14, null);
        var field = p.getCTP().addNewFldSimple();
        field.setInstr("PAGE");
        var number = field.addNewR();
        number.addNewT().setStringValue("1");
        CTRPr rpr = number.addNewRPr();
        rpr.addNewSz().setVal(BigInteger.valueOf(28));
        CTFonts fonts = rpr.addNewRFonts();
        fonts.setAscii(PAGE_NUMBER_FONT);
        fonts.setHAnsi(PAGE_NUMBER_FONT);
        fonts.setEastAsia(PAGE_NUMBER_FONT);
        XWPFRun after = p.createRun();
        after.setText(" —");
        after.setFontSize(14);
        after.setFontFamily(PAGE_NUMBER_FONT);
    }

    private static XWPFParagraph paragraph(XWPFDocument doc, ParagraphAlignment alignment) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(alignment);
        chineseLineBreaking(p);
        return p;
    }

    /**
     * 避头尾 in the office suite: kinsoku keeps closing punctuation off a line's start and opening punctuation off its
     * end; overflowPunct lets a closing mark hang instead of pulling a character down; wordWrap stays on, so a number
     * such as 79.54 is never split (the body has no long runs of codes left to stretch a line); no automatic space between
     * Chinese and Latin text or numbers, which 公文 write without one.
     */
    static void chineseLineBreaking(XWPFParagraph p) {
        CTPPr ppr = ppr(p);
        ppr.addNewKinsoku().setVal(org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STOnOff1.ON);
        ppr.addNewOverflowPunct().setVal(org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STOnOff1.ON);
        ppr.addNewAutoSpaceDE().setVal(org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STOnOff1.OFF);
        ppr.addNewAutoSpaceDN().setVal(org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STOnOff1.OFF);
    }

    private static CTPPr ppr(XWPFParagraph p) {
        return p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
    }

    private static CTInd ind(XWPFParagraph p) {
        return ppr(p).isSetInd() ? ppr(p).getInd() : ppr(p).addNewInd();
    }

    /** Indents in hundredths of a 字: 200 is the two 字 a paragraph's first line is indented. */
    private static void indent(XWPFParagraph p, int firstLineChars, int rightChars) {
        CTInd ind = ind(p);
        if (firstLineChars > 0) {
            ind.setFirstLineChars(BigInteger.valueOf(firstLineChars));
            // The same in twips, for office suites that read only these.
            ind.setFirstLine(BigInteger.valueOf(firstLineChars * BODY_POINTS * 20L / 100));
        }
        if (rightChars > 0) {
            indentRight(p, rightChars);
        }
    }

    private static void indentRight(XWPFParagraph p, int rightChars) {
        ind(p).setRightChars(BigInteger.valueOf(rightChars));
        ind(p).setRight(BigInteger.valueOf(rightChars * BODY_POINTS * 20L / 100));
    }

    /** Off the character grid: a line set larger than 3号 (标志, title) or in a table would take two grid cells a character. */
    private static void offGrid(XWPFParagraph p) {
        ppr(p).addNewSnapToGrid().setVal(org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STOnOff1.OFF);
    }

    /** Lines on the grid's pitch, exactly, so a page holds its 22 lines in Word, WPS and LibreOffice alike. */
    private static void bodyLine(XWPFParagraph p) {
        spacing(p, 0, 0, LINE);
    }

    private static void spacing(XWPFParagraph p, int before, int after, int line) {
        CTSpacing spacing = ppr(p).isSetSpacing() ? ppr(p).getSpacing() : ppr(p).addNewSpacing();
        spacing.setBefore(BigInteger.valueOf(before));
        spacing.setAfter(BigInteger.valueOf(after));
        spacing.setLine(BigInteger.valueOf(line));
        spacing.setLineRule(STLineSpacingRule.EXACT);
    }

    /** A rule above or below the paragraph: {@code eighths} of a point thick, {@code space} points from the text. */
    private static void border(XWPFParagraph p, boolean top, int eighths, String colour, int space) {
        var borders = ppr(p).isSetPBdr() ? ppr(p).getPBdr() : ppr(p).addNewPBdr();
        CTBorder border = top ? borders.addNewTop() : borders.addNewBottom();
        border.setVal(STBorder.SINGLE);
        border.setSz(BigInteger.valueOf(eighths));
        border.setColor(colour);
        border.setSpace(BigInteger.valueOf(space));
    }

    private static void run(XWPFParagraph p, String text, String font, int points, String colour) {
        XWPFRun run = p.createRun();
        run.setText(text);
        run.setFontSize(points);
        if (colour != null) {
            run.setColor(colour);
        }
        CTRPr properties = run.getCTR().isSetRPr() ? run.getCTR().getRPr() : run.getCTR().addNewRPr();
        fonts(properties.sizeOfRFontsArray() > 0 ? properties.getRFontsArray(0) : properties.addNewRFonts(), font)
                .setHint(STHint.EAST_ASIA);
        properties.addNewLang().setEastAsia("zh-CN");
        if (points == BODY_POINTS) {
            run.setCharacterSpacing(CONDENSE);
        }
    }

    /** Chinese in {@code eastAsia}, Latin text and digits in Times New Roman, as 公文 set them. */
    private static CTFonts fonts(CTFonts fonts, String eastAsia) {
        fonts.setEastAsia(eastAsia);
        fonts.setAscii(LATIN_FONT);
        fonts.setHAnsi(LATIN_FONT);
        return fonts;
    }

    private static void fill(XWPFTableRow row, String[] cells, boolean header) {
        for (int c = 0; c < cells.length && c < row.getTableCells().size(); c++) {
            XWPFTableCell cell = row.getCell(c);
            XWPFParagraph p = cell.getParagraphs().get(0);
            String text = cells[c] == null ? "" : cells[c];
            if (header) {
                p.setAlignment(ParagraphAlignment.CENTER);
                offGrid(p);
                run(p, text, HEADING_FONT, TABLE_POINTS, null);
                cell.setColor("EEEEEE");
            } else {
                p.setStyle(TABLE_TEXT);
                p.createRun().setText(text);
            }
        }
    }
}
