package kaohe.ingest;

import java.util.List;

/**
 * The 问题清单 as a worksheet part: its strings inline (the workbook's shared strings stay as they were), the
 * top rows frozen, landscape A4 fitted to the page width.
 */
final class FeedbackListXml {

    private FeedbackListXml() {
    }

    static String of(FeedbackContent content, int boldStyle, int wrappedStyle) {
        int lastRow = FeedbackContent.TOP_ROWS + content.rows().size();
        String top = "A" + (FeedbackContent.TOP_ROWS + 1);
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n")
                .append("<worksheet xmlns=\"").append(XlsxFeedbackParts.MAIN).append("\" xmlns:r=\"")
                .append(XlsxFeedbackParts.RELATIONSHIPS).append("\">")
                .append("<sheetPr><pageSetUpPr autoPageBreaks=\"1\" fitToPage=\"1\"/></sheetPr>")
                .append("<dimension ref=\"A1:G").append(lastRow).append("\"/>")
                .append("<sheetViews><sheetView tabSelected=\"1\" workbookViewId=\"0\"><pane ySplit=\"").append(FeedbackContent.TOP_ROWS)
                .append("\" topLeftCell=\"").append(top).append("\" activePane=\"bottomLeft\" state=\"frozen\"/>")
                .append("<selection pane=\"bottomLeft\" activeCell=\"").append(top).append("\" sqref=\"").append(top).append("\"/>")
                .append("</sheetView></sheetViews><cols>");
        List<Integer> widths = FeedbackContent.WIDTHS;
        for (int c = 0; c < widths.size(); c++) {
            xml.append("<col min=\"").append(c + 1).append("\" max=\"").append(c + 1).append("\" width=\"").append(widths.get(c))
                    .append("\" customWidth=\"1\"/>");
        }
        xml.append("</cols><sheetData>");
        row(xml, 1, List.of(content.headline()), -1);
        row(xml, 2, List.of(content.counts()), -1);
        row(xml, 3, FeedbackContent.HEADERS, boldStyle);
        int r = FeedbackContent.TOP_ROWS;
        for (List<String> values : content.rows()) {
            row(xml, ++r, values, wrappedStyle);
        }
        return xml.append("</sheetData>")
                .append("<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>")
                .append("<pageSetup paperSize=\"9\" orientation=\"landscape\" fitToWidth=\"1\" fitToHeight=\"0\"/>")
                .append("</worksheet>").toString();
    }

    private static void row(StringBuilder xml, int number, List<String> values, int style) {
        xml.append("<row r=\"").append(number).append("\">");
        for (int c = 0; c < values.size(); c++) {
            xml.append("<c r=\"").append((char) ('A' + c)).append(number).append('"');
            if (style >= 0) {
                xml.append(" s=\"").append(style).append('"');
            }
            xml.append(" t=\"inlineStr\"><is><t xml:space=\"preserve\">").append(XmlText.escape(values.get(c))).append("</t></is></c>");
        }
        xml.append("</row>");
    }
}
