package kaohe.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The parameters and rows of bulletin.jrxml, the page that opens leadership.pdf, from a {@link Bulletin}. */
final class BulletinReport {

    private BulletinReport() {
    }

    /**
     * The 通报 filled to one page: with as many of the items behind target as fit below the rankings
     * (the summary's length and the number of units vary), the rest left to the details.
     */
    static net.sf.jasperreports.engine.JasperPrint onePage(net.sf.jasperreports.engine.JasperReport template, Bulletin bulletin) {
        net.sf.jasperreports.engine.JasperPrint full = fill(template, bulletin, Bulletin.BEHIND_ON_PAGE_ONE);
        if (full.getPages().size() <= 1) {
            return full;
        }
        // With many units the rankings alone fill more than a page: then nothing gained by dropping rows.
        net.sf.jasperreports.engine.JasperPrint none = fill(template, bulletin, 0);
        if (none.getPages().size() > 1) {
            return full;
        }
        for (int behind = Bulletin.BEHIND_ON_PAGE_ONE - 1; behind > 0; behind--) {
            net.sf.jasperreports.engine.JasperPrint print = fill(template, bulletin, behind);
            if (print.getPages().size() <= 1) {
                return print;
            }
        }
        return none;
    }

    private static net.sf.jasperreports.engine.JasperPrint fill(net.sf.jasperreports.engine.JasperReport template, Bulletin bulletin,
                                                                int behind) {
        return PdfRenderer.fill(new PdfRenderer.Part(template, build(bulletin, behind)));
    }

    static ReportInput build(Bulletin bulletin) {
        return build(bulletin, Bulletin.BEHIND_ON_PAGE_ONE);
    }

    static ReportInput build(Bulletin bulletin, int behindRows) {
        List<String[]> shown = bulletin.behindShown(behindRows);
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("title", bulletin.title());
        p.put("office", bulletin.office());
        p.put("date", bulletin.date());
        p.put("edition", bulletin.edition());
        p.put("summaryText", "　　" + String.join("\n　　", bulletin.paragraphs()));
        int more = bulletin.behind().rows().size() - shown.size();
        p.put("attachmentText", (more > 0 ? "另有 " + more + " 项滞后项目，" : "") + "考核说明、主要目标进展、全部滞后项目、加减分与各项指标完成度见附件（第 2 页起）；"
                + "各单位得分明细见各单位考核报告。");
        List<ReportRow> rows = new ArrayList<>();
        int n = 1;
        for (Bulletin.Table table : bulletin.rankings()) {
            add(rows, "r" + n++, table, table.rows());
        }
        if (!shown.isEmpty()) {
            add(rows, "b", bulletin.behind(), shown);
        } else if (!bulletin.behind().rows().isEmpty()) {
            rows.add(ReportRow.of("b", bulletin.behind().title(), bulletin.behind().headers(),
                    new String[]{"", bulletin.behind().title().substring(2) + " " + bulletin.behind().rows().size() + " 项，见附件三。"}, ""));
        } else {
            rows.add(ReportRow.of("b", bulletin.behind().title(), bulletin.behind().headers(), new String[]{"", "本期全市没有滞后于目标的项目。"}, ""));
        }
        return new ReportInput(p, rows);
    }

    private static void add(List<ReportRow> rows, String section, Bulletin.Table table, List<String[]> cells) {
        for (int i = 0; i < cells.size(); i++) {
            rows.add(ReportRow.of(section, table.title(), table.headers(), cells.get(i), table.lights().get(i)));
        }
    }
}
