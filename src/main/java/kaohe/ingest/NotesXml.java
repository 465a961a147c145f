package kaohe.ingest;

import java.util.List;
import kaohe.ingest.FeedbackContent.CellNote;

/**
 * The two parts behind a sheet's notes: the comments (the text, by cell) and the VML drawing Excel shows them
 * with, each box to the right of its cell and hidden until the cell is pointed at, as Excel makes them.
 */
final class NotesXml {

    private NotesXml() {
    }

    static String comments(List<CellNote> notes) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n")
                .append("<comments xmlns=\"").append(XlsxFeedbackParts.MAIN).append("\"><authors><author>")
                .append(XmlText.escape(FeedbackContent.AUTHOR)).append("</author></authors><commentList>");
        for (CellNote note : notes) {
            xml.append("<comment ref=\"").append(XmlText.escape(note.cell())).append("\" authorId=\"0\"><text><t xml:space=\"preserve\">")
                    .append(XmlText.escape(note.text())).append("</t></text></comment>");
        }
        return xml.append("</commentList></comments>").toString();
    }

    /**
     * One hidden text box per note. Shape ids are numbered in blocks of 1024 per drawing (the {@code idmap}), so
     * the drawings of several sheets never share one.
     *
     * @param places each note's zero-based row and column, in the order of {@link #comments}
     */
    static String vml(List<int[]> places, int drawing) {
        StringBuilder xml = new StringBuilder("<xml xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\"")
                .append(" xmlns:x=\"urn:schemas-microsoft-com:office:excel\">")
                .append("<o:shapelayout v:ext=\"edit\"><o:idmap v:ext=\"edit\" data=\"").append(drawing).append("\"/></o:shapelayout>")
                .append("<v:shapetype id=\"_x0000_t202\" coordsize=\"21600,21600\" o:spt=\"202\" path=\"m,l,21600r21600,l21600,xe\">")
                .append("<v:stroke joinstyle=\"miter\"/><v:path gradientshapeok=\"t\" o:connecttype=\"rect\"/></v:shapetype>");
        int shape = drawing * 1024;
        for (int[] place : places) {
            int row = place[0];
            int column = place[1];
            xml.append("<v:shape id=\"_x0000_s").append(++shape).append("\" type=\"#_x0000_t202\"")
                    .append(" style=\"position:absolute;visibility:hidden\" fillcolor=\"#ffffe1\" o:insetmode=\"auto\">")
                    .append("<v:fill color2=\"#ffffe1\"/><v:shadow on=\"t\" color=\"black\" obscured=\"t\"/>")
                    .append("<v:path o:connecttype=\"none\"/><v:textbox style=\"mso-direction-alt:auto\"><div style=\"text-align:left\"></div></v:textbox>")
                    .append("<x:ClientData ObjectType=\"Note\"><x:MoveWithCells/><x:SizeWithCells/>")
                    // Anchor: from one column right of the cell on its row, four columns wide and five rows high.
                    .append("<x:Anchor>").append(column + 1).append(", 0, ").append(row).append(", 0, ")
                    .append(column + 5).append(", 0, ").append(row + 5).append(", 0</x:Anchor>")
                    .append("<x:AutoFill>False</x:AutoFill><x:Row>").append(row).append("</x:Row><x:Column>").append(column)
                    .append("</x:Column></x:ClientData></v:shape>");
        }
        return xml.append("</xml>").toString();
    }
}
