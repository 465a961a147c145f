package kaohe.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the sheets a return needs straight from an .xlsx's zip with the JDK's SAX parser, keeping only
 * the first columns of each row. POI's workbook model builds every part of the file (the instructions
 * sheet, validations, drawings) as objects first, which made it most of ingest's cost per file; this
 * reads the same bytes in a few passes close to the cost of unzipping them.
 */
final class XlsxStreamReader {

    /** Thrown for a zip that is not a workbook this reader understands; the caller reports it unreadable. */
    static class NotAWorkbook extends IOException {
        NotAWorkbook(String message) {
            super(message);
        }
    }

    /** A part, or the shared-string table, past its cap: refused as suspicious content, not as unreadable. */
    static final class TooLarge extends NotAWorkbook {
        TooLarge(String message) {
            super(message);
        }
    }

    /** JAXP factories are not thread-safe, and partitions read files concurrently: one per thread. */
    private static final ThreadLocal<SAXParserFactory> FACTORY = ThreadLocal.withInitial(XlsxStreamReader::secureFactory);

    /** Far above any return's few hundred strings, far below what would crowd the heap. */
    static final int MAX_SHARED_STRINGS = 100_000;

    private final int maxColumn;
    private final int maxRow;
    private final long maxPartBytes;

    /**
     * Keeps columns up to {@code maxColumn} of rows up to {@code maxRow}; later rows only count towards
     * the last row. Every part is inflated through a counter that refuses it past {@code maxPartBytes}:
     * the bytes parsed are the bytes measured, whatever the zip's headers claim.
     */
    XlsxStreamReader(int maxColumn, int maxRow, long maxPartBytes) {
        this.maxColumn = maxColumn;
        this.maxRow = maxRow;
        this.maxPartBytes = maxPartBytes;
    }

    /** The named sheets that exist in the file (matched as POI does, ignoring case), in the order asked. */
    Map<String, CellGrid> read(Path file, Set<String> sheetNames) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return read(name -> {
                ZipEntry entry = zip.getEntry(name);
                return entry == null ? null : zip.getInputStream(entry);
            }, sheetNames);
        } catch (RuntimeException e) {
            throw new NotAWorkbook("malformed package: " + e.getMessage());
        }
    }

    /** The parts of a package, by name; {@code null} for a part it does not hold. */
    @FunctionalInterface
    interface Parts {
        InputStream open(String name) throws IOException;
    }

    /** {@link #read(Path, Set)} from parts already inflated (by {@link WorkbookGuard}, which inflated each to measure it). */
    Map<String, CellGrid> read(Parts zip, Set<String> sheetNames) throws IOException {
        try {
            SAXParser parser = FACTORY.get().newSAXParser();
            String workbookPart = officeDocument(zip, parser);
            String folder = workbookPart.contains("/") ? workbookPart.substring(0, workbookPart.lastIndexOf('/') + 1) : "";
            Map<String, String[]> relations = relations(zip, parser, relationsPart(workbookPart), folder);
            WorkbookHandler workbook = parse(zip, parser, workbookPart, new WorkbookHandler());
            List<String> strings = List.of();
            Styles styles = new Styles();
            for (String[] relation : relations.values()) {
                if (relation[0].endsWith("/sharedStrings")) {
                    strings = parse(zip, parser, relation[1], new SharedStringsHandler()).strings;
                } else if (relation[0].endsWith("/styles")) {
                    styles = parse(zip, parser, relation[1], new StylesHandler()).styles;
                }
            }
            Map<String, CellGrid> grids = new LinkedHashMap<>();
            for (String wanted : sheetNames) {
                for (Map.Entry<String, String> sheet : workbook.sheets.entrySet()) {
                    String[] relation = relations.get(sheet.getValue());
                    if (sheet.getKey().equalsIgnoreCase(wanted) && relation != null && !grids.containsKey(wanted)) {
                        grids.put(wanted, parse(zip, parser, relation[1], new SheetHandler(sheet.getKey(), strings, styles, maxColumn, maxRow)).grid);
                    }
                }
            }
            return grids;
        } catch (SAXException | ParserConfigurationException | RuntimeException e) {
            // The parser wraps what the capped stream threw, in one layer or several.
            for (Throwable cause = e; cause != null; cause = cause.getCause() != null ? cause.getCause()
                    : cause instanceof SAXException sax ? sax.getException() : null) {
                if (cause instanceof TooLarge tooLarge) {
                    throw tooLarge;
                }
            }
            throw new NotAWorkbook("malformed workbook part: " + e.getMessage());
        }
    }

    private String officeDocument(Parts zip, SAXParser parser) throws IOException, SAXException {
        for (String[] relation : relations(zip, parser, "_rels/.rels", "").values()) {
            if (relation[0].endsWith("/officeDocument")) {
                return relation[1];
            }
        }
        throw new NotAWorkbook("no workbook in the package");
    }

    private static String relationsPart(String part) {
        int slash = part.lastIndexOf('/');
        return part.substring(0, slash + 1) + "_rels/" + part.substring(slash + 1) + ".rels";
    }

    /** Relationship id → {type, part name}, targets resolved against {@code folder}. */
    private Map<String, String[]> relations(Parts zip, SAXParser parser, String part, String folder) throws IOException, SAXException {
        Map<String, String[]> relations = new HashMap<>();
        parse(zip, parser, part, new DefaultHandler() {
            @Override
            public void startElement(String uri, String localName, String qName, Attributes attributes) {
                if (local(qName).equals("Relationship") && !"External".equals(attributes.getValue("TargetMode"))) {
                    relations.put(attributes.getValue("Id"), new String[]{String.valueOf(attributes.getValue("Type")),
                            resolve(folder, String.valueOf(attributes.getValue("Target")))});
                }
            }
        });
        return relations;
    }

    static String resolve(String folder, String target) {
        String path = target.startsWith("/") ? target.substring(1) : folder + target;
        List<String> parts = new ArrayList<>();
        for (String segment : path.split("/")) {
            if (segment.equals("..")) {
                if (!parts.isEmpty()) {
                    parts.remove(parts.size() - 1);
                }
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                parts.add(segment);
            }
        }
        return String.join("/", parts);
    }

    private <H extends DefaultHandler> H parse(Parts zip, SAXParser parser, String part, H handler) throws IOException, SAXException {
        InputStream inflated = zip.open(part);
        if (inflated == null) {
            throw new NotAWorkbook("missing part " + part);
        }
        try (InputStream in = new CappedStream(inflated, maxPartBytes, part)) {
            org.xml.sax.XMLReader reader = parser.getXMLReader();
            reader.setProperty("http://xml.org/sax/properties/lexical-handler", REFUSE_DOCUMENT_TYPES);
            reader.setContentHandler(handler);
            reader.setErrorHandler(handler);
            reader.setEntityResolver(REFUSE_DOCUMENT_TYPES);
            reader.parse(new org.xml.sax.InputSource(in));
        }
        return handler;
    }

    /** Counts what is inflated and read, and stops at the cap. */
    private static final class CappedStream extends java.io.FilterInputStream {
        private final long cap;
        private final String part;
        private long read;

        CappedStream(InputStream in, long cap, String part) {
            super(in);
            this.cap = cap;
            this.part = part;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws TooLarge {
            read += n;
            if (read > cap) {
                throw new TooLarge("部件 " + part + " 解压后超过 " + (cap >> 20) + " MB");
            }
        }
    }

    /**
     * The zero-based column of a cell's {@code r}, read directly when it is the usual form (up to three capital
     * letters, then the row's digits), by POI otherwise. Every cell has one, and POI's general parser was a
     * twentieth of ingest's CPU.
     */
    static int columnOf(String ref) {
        int letters = 0;
        int column = 0;
        while (letters < ref.length() && ref.charAt(letters) >= 'A' && ref.charAt(letters) <= 'Z') {
            column = column * 26 + ref.charAt(letters) - 'A' + 1;
            letters++;
        }
        boolean digits = letters < ref.length();
        for (int i = letters; i < ref.length() && digits; i++) {
            digits = ref.charAt(i) >= '0' && ref.charAt(i) <= '9';
        }
        return letters >= 1 && letters <= 3 && digits ? column - 1 : new CellReference(ref).getCol();
    }

    static String local(String qName) {
        int colon = qName.indexOf(':');
        return colon < 0 ? qName : qName.substring(colon + 1);
    }

    /**
     * Woodstox rather than the JDK's Xerces: under C1 it parses a return's sheet in half the time. External
     * entities are off, and {@link #REFUSE_DOCUMENT_TYPES} stops a part at its DOCTYPE, before any entity it
     * declares could be used, as the JDK parser's disallow-doctype-decl did.
     */
    private static SAXParserFactory secureFactory() {
        try {
            SAXParserFactory factory = new com.ctc.wstx.sax.WstxSAXParserFactory();
            factory.setNamespaceAware(true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            return factory;
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("the SAX parser cannot be secured", e);
        }
    }

    /** No part of a workbook has a document type; one that declares one is refused. */
    private static final org.xml.sax.ext.DefaultHandler2 REFUSE_DOCUMENT_TYPES = new org.xml.sax.ext.DefaultHandler2() {
        @Override
        public void startDTD(String name, String publicId, String systemId) throws SAXException {
            throw new SAXException("document type declaration in a workbook part");
        }

        @Override
        public org.xml.sax.InputSource resolveEntity(String name, String publicId, String baseUri, String systemId) throws SAXException {
            throw new SAXException("external entity in a workbook part: " + systemId);
        }
    };

    /** Sheet name → relationship id, in workbook order. */
    private static final class WorkbookHandler extends DefaultHandler {
        final Map<String, String> sheets = new LinkedHashMap<>();

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            if (local(qName).equals("sheet")) {
                String id = null;
                for (int i = 0; i < attributes.getLength(); i++) {
                    if (local(attributes.getQName(i)).equals("id") && attributes.getQName(i).contains(":")) {
                        id = attributes.getValue(i);
                    }
                }
                sheets.put(String.valueOf(attributes.getValue("name")), id);
            }
        }
    }

    private static final class SharedStringsHandler extends DefaultHandler {
        final List<String> strings = new ArrayList<>();
        private StringBuilder current;
        private boolean inText;
        private int phonetic;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (local(qName)) {
                case "si" -> current = new StringBuilder();
                case "rPh" -> phonetic++;
                case "t" -> inText = current != null && phonetic == 0;
                default -> { }
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            switch (local(qName)) {
                case "si" -> {
                    if (strings.size() >= MAX_SHARED_STRINGS) {
                        throw new SAXException(new TooLarge("共享字符串超过 " + MAX_SHARED_STRINGS + " 个"));
                    }
                    strings.add(current.toString());
                    current = null;
                }
                case "rPh" -> phonetic--;
                case "t" -> inText = false;
                default -> { }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inText) {
                current.append(ch, start, length);
            }
        }
    }

    /** Cell style index → number format. */
    static final class Styles {
        final Map<Integer, String> customFormats = new HashMap<>();
        final List<Integer> cellFormats = new ArrayList<>();

        int formatIndex(int style) {
            return style >= 0 && style < cellFormats.size() ? cellFormats.get(style) : 0;
        }

        String formatString(int formatIndex) {
            String custom = customFormats.get(formatIndex);
            if (custom != null) {
                return custom;
            }
            String builtin = BuiltinFormats.getBuiltinFormat(formatIndex);
            return builtin == null ? "General" : builtin;
        }
    }

    private static final class StylesHandler extends DefaultHandler {
        final Styles styles = new Styles();
        private boolean inCellXfs;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (local(qName)) {
                case "numFmt" -> styles.customFormats.put(Integer.parseInt(attributes.getValue("numFmtId")), attributes.getValue("formatCode"));
                case "cellXfs" -> inCellXfs = true;
                case "xf" -> {
                    if (inCellXfs) {
                        String id = attributes.getValue("numFmtId");
                        styles.cellFormats.add(id == null ? 0 : Integer.parseInt(id));
                    }
                }
                default -> { }
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            if (local(qName).equals("cellXfs")) {
                inCellXfs = false;
            }
        }
    }

    /** The cells of one worksheet up to {@code maxColumn}; the rest of each row is skipped. */
    private static final class SheetHandler extends DefaultHandler {
        final StreamGrid grid;
        private final List<String> strings;
        private final Styles styles;
        private final int maxColumn;
        private final int maxRow;
        private int row = -1;
        private int column;
        private String type;
        private int style;
        private boolean keep;
        private StringBuilder value;
        private boolean inValue;
        private boolean inInline;
        private boolean formula;

        SheetHandler(String name, List<String> strings, Styles styles, int maxColumn, int maxRow) {
            this.grid = new StreamGrid(name);
            this.strings = strings;
            this.styles = styles;
            this.maxColumn = maxColumn;
            this.maxRow = maxRow;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (local(qName)) {
                case "row" -> {
                    String r = attributes.getValue("r");
                    row = r == null ? row + 1 : Integer.parseInt(r) - 1;
                    column = -1;
                    grid.addRow(row, row <= maxRow);
                }
                case "c" -> {
                    String r = attributes.getValue("r");
                    column = r == null ? column + 1 : columnOf(r);
                    type = attributes.getValue("t");
                    String s = attributes.getValue("s");
                    style = s == null ? 0 : Integer.parseInt(s);
                    keep = column <= maxColumn && row <= maxRow;
                    value = null;
                    formula = false;
                }
                case "v" -> {
                    if (keep) {
                        value = new StringBuilder();
                        inValue = true;
                    }
                }
                case "is" -> {
                    if (keep) {
                        value = new StringBuilder();
                        inInline = true;
                    }
                }
                case "t" -> inValue = inInline;
                case "f" -> formula = true;
                case "mergeCell" -> grid.merged.add(CellRangeAddress.valueOf(attributes.getValue("ref")));
                default -> { }
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (local(qName)) {
                case "v", "t" -> inValue = false;
                case "is" -> inInline = false;
                case "c" -> {
                    CellValue cell = keep && value != null ? cell(value.toString()) : null;
                    if (keep && formula && !usable(cell)) {
                        // <f>90+6</f><v></v>, or no <v> at all: a formula with no result to read, never a blank.
                        grid.put(row, column, CellValue.uncalculated());
                    } else if (cell != null) {
                        grid.put(row, column, cell);
                    }
                    keep = false;
                }
                default -> { }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue) {
                value.append(ch, start, length);
            }
        }

        /** A formula's saved result counts only when it is there: empty text is what a program that does not calculate leaves. */
        private static boolean usable(CellValue cell) {
            return cell != null && !(cell.kind() == CellValue.Kind.STRING && cell.text().isEmpty());
        }

        private CellValue cell(String text) {
            String t = type == null ? "n" : type.toLowerCase(Locale.ROOT);
            return switch (t) {
                case "s" -> text.isBlank() ? null : CellValue.string(strings.get(Integer.parseInt(text.trim())));
                case "inlinestr", "str", "d" -> CellValue.string(text);
                case "b" -> CellValue.bool(text.trim().equals("1") || text.trim().equalsIgnoreCase("true"));
                case "e" -> CellValue.error(text);
                default -> {
                    if (text.isBlank()) {
                        yield null;
                    }
                    int format = styles.formatIndex(style);
                    yield CellValue.number(Double.parseDouble(text.trim()), format, styles.formatString(format));
                }
            };
        }
    }

    /** Rows kept sparse: only the ones the sheet holds, and only their first columns. */
    private static final class StreamGrid implements CellGrid {
        private final String name;
        private final Map<Integer, Map<Integer, CellValue>> rows = new HashMap<>();
        private final List<CellRangeAddress> merged = new ArrayList<>();
        private int lastRow = -1;

        StreamGrid(String name) {
            this.name = name;
        }

        void addRow(int row, boolean kept) {
            if (kept) {
                rows.computeIfAbsent(row, r -> new HashMap<>());
            }
            lastRow = Math.max(lastRow, row);
        }

        void put(int row, int column, CellValue value) {
            rows.computeIfAbsent(row, r -> new HashMap<>()).put(column, value);
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public int lastRow() {
            return lastRow;
        }

        @Override
        public boolean hasRow(int row) {
            return rows.containsKey(row);
        }

        @Override
        public CellValue cell(int row, int column) {
            Map<Integer, CellValue> cells = rows.get(row);
            return cells == null ? null : cells.get(column);
        }

        @Override
        public List<CellRangeAddress> mergedRegions() {
            return merged;
        }
    }
}
