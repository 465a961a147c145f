package kaohe.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import kaohe.ingest.FeedbackContent.CellNote;
import kaohe.ingest.PackageParts.Unsupported;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** A worksheet streamed into its feedback form: noted cells filled or made in order, nothing selected, the notes' drawing linked. */
class NotedSheetXmlTests {

    private static final String MAIN = XlsxFeedbackParts.MAIN;
    private static final String RELATIONSHIPS = XlsxFeedbackParts.RELATIONSHIPS;

    /** Style n with an error's fill becomes 100 + n, with a warning's 200 + n; every call is kept. */
    private final List<String> asked = new ArrayList<>();
    private final NotedSheetXml.Fill fill = (style, error) -> {
        asked.add(style + (error ? "E" : "W"));
        return (error ? 100 : 200) + style;
    };

    private static String sheet(String rootAttributes, String body) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"" + MAIN + "\" " + rootAttributes + ">"
                + "<sheetViews><sheetView tabSelected=\"1\" workbookViewId=\"0\"/></sheetViews>"
                + "<sheetData>" + body + "</sheetData>"
                + "<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>"
                + "</worksheet>";
    }

    private static final String ROWS = "<row r=\"2\" spans=\"1:3\"><c r=\"A2\" s=\"4\" t=\"s\"><v>7</v></c><c r=\"C2\" s=\"5\"><v>96.5</v></c></row>"
            + "<row r=\"5\" spans=\"1:1\"><c r=\"A5\"><v>1</v></c></row>";

    private Document rewrite(String xml, CellNote... notes) throws Exception {
        byte[] out = NotedSheetXml.rewrite(xml.getBytes(StandardCharsets.UTF_8), List.of(notes), fill, "rId9");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(out));
    }

    private static CellNote note(String cell, boolean error) {
        return new CellNote("指标", cell, error, "C101 …");
    }

    private static List<String> cells(Document doc) {
        List<String> found = new ArrayList<>();
        NodeList rows = doc.getElementsByTagNameNS(MAIN, "row");
        for (int i = 0; i < rows.getLength(); i++) {
            Element row = (Element) rows.item(i);
            NodeList cs = row.getElementsByTagNameNS(MAIN, "c");
            for (int j = 0; j < cs.getLength(); j++) {
                Element c = (Element) cs.item(j);
                found.add(row.getAttribute("r") + ":" + c.getAttribute("r") + "/" + c.getAttribute("s"));
            }
        }
        return found;
    }

    private static Element cell(Document doc, String ref) {
        NodeList cs = doc.getElementsByTagNameNS(MAIN, "c");
        for (int j = 0; j < cs.getLength(); j++) {
            if (ref.equals(((Element) cs.item(j)).getAttribute("r"))) {
                return (Element) cs.item(j);
            }
        }
        return null;
    }

    @Test
    void aNotedCellTakesTheFilledCopyOfItsOwnStyleAndKeepsItsValue() throws Exception {
        Document doc = rewrite(sheet("", ROWS), note("C2", false));

        assertThat(cell(doc, "C2").getAttribute("s")).isEqualTo("205");
        assertThat(cell(doc, "C2").getTextContent()).isEqualTo("96.5");
        assertThat(cell(doc, "A2").getAttribute("s")).as("a cell not noted").isEqualTo("4");
        assertThat(cell(doc, "A2").getAttribute("t")).isEqualTo("s");
        assertThat(asked).containsExactly("5W");
    }

    @Test
    void cellsAndRowsTheSheetLacksAreMadeWhereExcelLooksForThem() throws Exception {
        Document doc = rewrite(sheet("", ROWS), note("B2", true), note("D2", false), note("A1", true), note("E3", true),
                note("A9", false));

        assertThat(cells(doc)).containsExactly("1:A1/100", "2:A2/4", "2:B2/100", "2:C2/5", "2:D2/200", "3:E3/100", "5:A5/", "9:A9/200");
        Element row2 = (Element) doc.getElementsByTagNameNS(MAIN, "row").item(1);
        assertThat(row2.hasAttribute("spans")).as("a noted row's span may no longer hold").isFalse();
        Element row5 = (Element) doc.getElementsByTagNameNS(MAIN, "row").item(3);
        assertThat(row5.getAttribute("spans")).isEqualTo("1:1");
    }

    @Test
    void noTabStaysSelectedAndTheNotesDrawingIsLinkedWhereTheSchemaPutsIt() throws Exception {
        Document doc = rewrite(sheet("", ROWS), note("A2", true));

        Element view = (Element) doc.getElementsByTagNameNS(MAIN, "sheetView").item(0);
        assertThat(view.hasAttribute("tabSelected")).isFalse();
        assertThat(view.getAttribute("workbookViewId")).isEqualTo("0");
        Element drawing = (Element) doc.getElementsByTagNameNS(MAIN, "legacyDrawing").item(0);
        assertThat(drawing.getAttributeNS(RELATIONSHIPS, "id")).isEqualTo("rId9");
        assertThat(drawing.getPreviousSibling().getLocalName()).as("after the page margins").isEqualTo("pageMargins");
        assertThat(drawing.getNextSibling()).isNull();

        String withTable = sheet("xmlns:rel=\"" + RELATIONSHIPS + "\"", ROWS).replace("</worksheet>",
                "<tableParts count=\"1\"><tablePart rel:id=\"rId1\"/></tableParts><extLst/></worksheet>");
        Document tabled = rewrite(withTable, note("A2", true));
        Element before = (Element) tabled.getElementsByTagNameNS(MAIN, "legacyDrawing").item(0);
        assertThat(before.getNextSibling().getLocalName()).as("before the table parts").isEqualTo("tableParts");
        assertThat(before.getAttributeNS(RELATIONSHIPS, "id")).isEqualTo("rId9");
        assertThat(before.getAttributeNode("rel:id")).as("the sheet's own prefix for relationships").isNotNull();
    }

    @Test
    void whatItCannotRewriteSafelyIsLeftToPoi() {
        String doctype = sheet("", ROWS).replace("<worksheet", "<!DOCTYPE worksheet [<!ENTITY e \"x\">]><worksheet");
        assertThatThrownBy(() -> rewrite(doctype, note("A2", true))).isInstanceOf(Unsupported.class);
        String drawn = sheet("xmlns:r=\"" + RELATIONSHIPS + "\"", ROWS).replace("</worksheet>", "<legacyDrawing r:id=\"rId1\"/></worksheet>");
        assertThatThrownBy(() -> rewrite(drawn, note("A2", true))).isInstanceOf(Unsupported.class).hasMessageContaining("legacy drawing");
        assertThatThrownBy(() -> rewrite(sheet("", "<row><c r=\"A1\"/></row>"), note("A2", true)))
                .isInstanceOf(Unsupported.class).hasMessageContaining("not an index");
        assertThatThrownBy(() -> rewrite(sheet("", "<row r=\"2\"><c><v>1</v></c></row>"), note("A2", true)))
                .isInstanceOf(Unsupported.class).hasMessageContaining("without a reference");
        assertThatThrownBy(() -> rewrite(sheet("xmlns:r=\"urn:other\"", ROWS), note("A2", true)))
                .isInstanceOf(Unsupported.class).hasMessageContaining("prefix r");
        assertThatThrownBy(() -> rewrite("<worksheet xmlns=\"" + MAIN + "\"/>", note("A2", true)))
                .isInstanceOf(Unsupported.class).hasMessageContaining("no sheet data");
        assertThatThrownBy(() -> rewrite(sheet("", ROWS).replace("</sheetData>", ""), note("A2", true)))
                .isInstanceOf(Unsupported.class).hasMessageContaining("well-formed");
    }
}
