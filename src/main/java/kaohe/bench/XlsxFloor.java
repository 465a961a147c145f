package kaohe.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The least any reader of an .xlsx must do: unzip the parts that hold the data (the workbook, shared
 * strings, styles and every worksheet) with the JDK and run them through the SAX parser ingest reads them with
 * (Woodstox), with no decoding, validation or storage. Ingest's parse stage is reported as a multiple of this.
 */
final class XlsxFloor {

    private final SAXParserFactory factory = new com.ctc.wstx.sax.WstxSAXParserFactory();

    /** Reads the file's data parts and returns how many cells they hold. */
    public int read(Path file) throws IOException {
        CellCounter counter = new CellCounter();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            SAXParser parser = factory.newSAXParser();
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (isDataPart(entry.getName())) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        parser.parse(in, counter);
                    }
                }
            }
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("not a readable workbook: " + file.getFileName(), e);
        }
        return counter.cells;
    }

    static boolean isDataPart(String name) {
        return name.equals("xl/workbook.xml") || name.equals("xl/sharedStrings.xml") || name.equals("xl/styles.xml")
                || name.startsWith("xl/worksheets/sheet") && name.endsWith(".xml");
    }

    private static final class CellCounter extends DefaultHandler {
        int cells;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            if (qName.equals("c")) {
                cells++;
            }
        }
    }
}
