package kaohe.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.JasperPrint;

/**
 * leadership.pdf: the 通报 as GB/T 9704 lays it out (bulletin.jrxml), its rankings and the items behind as 附件, then the
 * pictures and the details as the last 附件, with the page numbers running on from part to part and the 版记 at the
 * foot of the last page. The body is broken into lines here ({@link ChineseLines}), one row of the 22-line grid each.
 */
final class BulletinReport {

    /** 3号 drawn 0.25 pt smaller, so that 28 characters fill the 156 mm (442 pt) line as the grid asks. */
    static final float BODY_SIZE = 15.75f;
    static final double LINE_WIDTH = 441.5;
    static final int LINE_CHARACTERS = 28;
    private static final ChineseLines BODY = new ChineseLines("fonts/LXGWWenKai-Regular.ttf", BODY_SIZE);
    private static final ChineseLines HEADING = new ChineseLines("fonts/NotoSansSC-Regular.ttf", BODY_SIZE);
    private static final String INDENT = "　　";
    static final String PICTURES = "考核结果图示";
    static final String DETAILS = "考核详情";
    /** The rows that end the body and stay together: 附件说明, 署名, 成文日期. */
    static final String CLOSING = "closing";

    private BulletinReport() {
    }

    /** Every part of leadership.pdf, in order, filled and numbered. */
    static List<JasperPrint> leadership(ReportTemplates templates, Bulletin bulletin, BulletinForm form, PeriodReportData data) {
        List<String> annexes = annexTitles(bulletin);
        JasperPrint body = PdfRenderer.fill(new PdfRenderer.Part(templates.bulletin(), build(bulletin, form, annexes)));
        List<JasperPrint> prints = new ArrayList<>(List.of(body));
        int page = body.getPages().size() + 1;
        int annex = annexes.size() - 1;
        List<LeadershipCharts.Chart> charts = LeadershipCharts.of(data);
        for (int i = 0; i < charts.size(); i++) {
            JasperPrint chart = PdfRenderer.fill(new PdfRenderer.Part(templates.chart(), LeadershipCharts.input(charts.get(i), i == 0 ? "附件" + annex : "",
                    i == 0 ? PICTURES : "", page)));
            prints.add(chart);
            page += chart.getPages().size();
        }
        ReportInput details = LeadershipReport.build(data);
        Map<String, Object> parameters = new LinkedHashMap<>(details.parameters());
        parameters.put("annexLabel", "附件" + annexes.size());
        parameters.put("firstPage", page);
        parameters.put("copiesTo", form.cc().isEmpty() ? "" : "抄送：" + form.cc() + (form.cc().endsWith("。") ? "" : "。"));
        parameters.put("printer", form.printer());
        parameters.put("printed", form.date() + "印发");
        prints.add(PdfRenderer.fill(new PdfRenderer.Part(templates.leadership(), new ReportInput(parameters, details.rows()))));
        return prints;
    }

    /** The 附件 of the PDF in order: the rankings, the items behind, the cautions when there are any, the pictures, the details. */
    static List<String> annexTitles(Bulletin bulletin) {
        List<String> titles = new ArrayList<>();
        bulletin.annexRankings().forEach(t -> titles.add(untitled(t.title())));
        titles.add(untitled(bulletin.behind().title()));
        if (!bulletin.cautions().isEmpty()) {
            titles.add("考核说明");
        }
        titles.add(PICTURES);
        titles.add(DETAILS);
        return titles;
    }

    static String untitled(String title) {
        return title.replaceFirst("^[一二三四五六七八九十]+、", "");
    }

    static ReportInput build(Bulletin bulletin, BulletinForm form, List<String> annexes) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("office", form.office());
        p.put("number", form.number());
        p.put("title", String.join("\n", BulletinDocument.titleLines(bulletin.title())));
        p.put("to", form.to());
        p.put("draftMark", PeriodReportData.DRAFT.equals(bulletin.edition()) ? bulletin.edition() : "");
        // The 通报 opens the PDF: page 1. The parts after it number on from its last page.
        p.put("firstPage", 1);
        List<ReportRow> rows = new ArrayList<>();
        paragraph(rows, bulletin.opening());
        for (Bulletin.Section section : bulletin.body(form)) {
            for (String line : HEADING.lines(INDENT + section.heading(), LINE_WIDTH)) {
                rows.add(text("0", "h", line));
            }
            section.paragraphs().forEach(text -> paragraph(rows, text));
        }
        // Each line of the body a group of its own; the 附件说明, 署名 and 成文日期 one group kept on one page (see bulletin.jrxml).
        for (int i = 0; i < rows.size(); i++) {
            ReportRow r = rows.get(i);
            rows.set(i, ReportRow.of("0", "line" + i, new String[]{r.h1()}, new String[]{r.c1()}, ""));
        }
        int closing = rows.size();
        rows.add(text("0", "p", ""));
        for (int i = 0; i < annexes.size(); i++) {
            String lead = i == 0 ? INDENT + "附件：" : INDENT + "　　　";
            List<String> lines = BODY.lines((i + 1) + "．" + annexes.get(i), LINE_WIDTH - BODY.width(lead));
            for (int l = 0; l < lines.size(); l++) {
                rows.add(text("0", "p", (l == 0 ? lead : INDENT + "　　　　") + lines.get(l)));
            }
        }
        rows.add(text("0", "p", ""));
        rows.add(text("0", "p", ""));
        // 署名 two 字 in from the right edge; the date's first character two 字 right of the name's first character.
        int nameStart = Math.max(0, LINE_CHARACTERS - 2 - characters(form.office()));
        rows.add(text("0", "p", "　".repeat(nameStart) + form.office()));
        rows.add(text("0", "p", "　".repeat(Math.min(LINE_CHARACTERS - characters(form.date()), nameStart + 2)) + form.date()));
        for (int i = closing; i < rows.size(); i++) {
            ReportRow r = rows.get(i);
            rows.set(i, ReportRow.of("0", CLOSING, new String[]{r.h1()}, new String[]{r.c1()}, ""));
        }
        int part = 1;
        for (Bulletin.Table ranking : bulletin.annexRankings()) {
            table(rows, String.valueOf(part++), ranking, 5);
        }
        Bulletin.Table behind = bulletin.behind();
        if (behind.rows().isEmpty()) {
            annexText(rows, String.valueOf(part++), untitled(behind.title()), List.of("本期没有滞后于目标的项目。"));
        } else {
            table(rows, String.valueOf(part++), behind, -1);
        }
        if (!bulletin.cautions().isEmpty()) {
            annexText(rows, String.valueOf(part), "考核说明", bulletin.cautions());
        }
        return new ReportInput(p, rows);
    }

    /** How many 字 {@code text} takes in the body face, rounded up. */
    private static int characters(String text) {
        return (int) Math.ceil(BODY.width(text) / BODY_SIZE - 0.01);
    }

    private static void paragraph(List<ReportRow> rows, String text) {
        for (String line : BODY.lines(INDENT + text, LINE_WIDTH)) {
            rows.add(text("0", "p", line));
        }
    }

    private static void annexText(List<ReportRow> rows, String part, String title, List<String> paragraphs) {
        for (String paragraph : paragraphs) {
            for (String line : BODY.lines(INDENT + paragraph, LINE_WIDTH)) {
                rows.add(ReportRow.of(part, title, new String[]{"p"}, new String[]{line}, ""));
            }
        }
    }

    /** A table as a 附件, leaving out the column at {@code drop} (报送, which 三、存在问题 names), or none when -1. */
    private static void table(List<ReportRow> rows, String part, Bulletin.Table table, int drop) {
        String[] headers = without(table.headers(), drop);
        for (int i = 0; i < table.rows().size(); i++) {
            rows.add(ReportRow.of(part, untitled(table.title()), headers, without(table.rows().get(i), drop), table.lights().get(i)));
        }
    }

    private static String[] without(String[] cells, int drop) {
        if (drop < 0 || drop >= cells.length) {
            return cells;
        }
        List<String> kept = new ArrayList<>(Arrays.asList(cells));
        kept.remove(drop);
        return kept.toArray(String[]::new);
    }

    private static ReportRow text(String part, String kind, String line) {
        return ReportRow.of(part, "", new String[]{kind}, new String[]{line}, "");
    }
}
