package kaohe.report;

import java.util.List;

/** Where leadership.pdf's 通报 is: the figures of its page and the lines of its body, for the tests that read it. */
final class LeadershipPdf {

    /** The 版心 in points from the page's top-left: 订口 28 mm, 156 mm wide, 天头 37 mm, 225 mm high (whole points). */
    static final float LEFT = 79;
    static final float RIGHT = 79 + 442;
    static final float TOP = 105;
    static final float BOTTOM = 105 + 638;

    private LeadershipPdf() {
    }

    /** The 通报's lines, from the 标志 to the 成文日期: every line on the pages before 附件1, page numbers left out. */
    static List<PdfLines.Line> body(List<PdfLines.Line> lines) {
        int firstAnnex = lines.stream().filter(l -> l.text().replaceAll("\\s", "").equals("附件1")).mapToInt(PdfLines.Line::page).min()
                .orElseThrow(() -> new AssertionError("no 附件1 in leadership.pdf"));
        return lines.stream().filter(l -> l.page() < firstAnnex && !l.text().matches("—\\s*\\d+\\s*—") && !l.text().equals("征求意见稿"))
                .toList();
    }

    /** The lines set on the grid: from the line after 主送机关 on. */
    static List<PdfLines.Line> bodyText(List<PdfLines.Line> body) {
        int to = 0;
        while (to < body.size() && !body.get(to).text().endsWith("：")) {
            to++;
        }
        return body.subList(to + 1, body.size());
    }
}
