package kaohe.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class DomXmlTests {

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private static final String SHEET = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<worksheet xmlns=\"" + MAIN + "\" xmlns:r=\"" + RELATIONSHIPS + "\" "
            + "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" mc:Ignorable=\"x14ac\" "
            + "xmlns:x14ac=\"http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac\">"
            + "<sheetData><row r=\"1\" x14ac:dyDescent=\"0.25\"><c r=\"A1\" t=\"inlineStr\"><is><t xml:space=\"preserve\"> 南湖区 &amp; &lt;秀洲区&gt; \"引号\" </t></is></c>"
            + "<c r=\"B1\"><f>A1&amp;\"x\"</f><v>1</v></c></row></sheetData><!-- a comment --><legacyDrawing r:id=\"rId1\"/></worksheet>";

    @Test
    void aPartWrittenBackReadsAsTheSameDocument() throws Exception {
        Document original = parse(SHEET);

        Document again = parse(written(original));

        assertThat(again.isEqualNode(original)).isTrue();
    }

    @Test
    void anAddedElementIsDeclaredOnlyWhereItsNamespaceIsNotInScope() throws Exception {
        Document document = parse(SHEET);
        Element root = document.getDocumentElement();
        Element legacy = document.createElementNS(MAIN, "legacyDrawingHF");
        legacy.setAttributeNS(RELATIONSHIPS, "r:id", "rId2");
        root.appendChild(legacy);
        Element foreign = document.createElementNS("urn:kaohe:test", "k:note");
        foreign.setAttributeNS("urn:kaohe:other", "o:by", "考核");
        root.appendChild(foreign);

        String xml = written(document);

        assertThat(xml).contains("<legacyDrawingHF r:id=\"rId2\"/>")
                .contains("<k:note xmlns:k=\"urn:kaohe:test\" xmlns:o=\"urn:kaohe:other\" o:by=\"考核\"/>");
        Element read = (Element) parse(xml).getDocumentElement().getLastChild();
        assertThat(read.getNamespaceURI()).isEqualTo("urn:kaohe:test");
        assertThat(read.getAttributeNS("urn:kaohe:other", "by")).isEqualTo("考核");
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static String written(Document document) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DomXml.write(document, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
