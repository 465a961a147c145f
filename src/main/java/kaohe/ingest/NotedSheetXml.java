package kaohe.ingest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;
import kaohe.ingest.FeedbackContent.CellNote;
import kaohe.ingest.PackageParts.Unsupported;
import org.apache.poi.ss.util.CellReference;

/**
 * A worksheet part rewritten as it streams by, for a feedback workbook: every noted cell gets the style its fill
 * needs (a cell the sheet lacks is made, in its row, in column order; a row it lacks, in row order), no tab stays
 * selected, and a {@code legacyDrawing} points at the notes' drawing where the schema puts it. Everything else is
 * copied as read. The data sheet is most of a return's bytes, and building it as a DOM and writing the DOM back
 * was two thirds of a rejected return's feedback.
 *
 * <p>What it cannot rewrite safely it refuses with {@link Unsupported}: a document type, a sheet with a legacy
 * drawing already, no sheet data, a row or a noted row's cell without its reference, the prefix {@code r} bound
 * to something else.
 */
final class NotedSheetXml {

    /** The style a noted cell gets: a copy of the one it has, with the note's fill. */
    @FunctionalInterface
    interface Fill {
        int styleFor(int style, boolean error) throws Unsupported;
    }

    /** Worksheet children that come after legacyDrawing in the schema's sequence. */
    private static final Set<String> AFTER_LEGACY_DRAWING = Set.of("legacyDrawingHF", "drawingHF", "picture", "oleObjects",
            "controls", "webPublishItems", "tableParts", "extLst");

    private static final XMLInputFactory INPUT = secureInput();
    private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newFactory();

    private final XMLStreamReader in;
    private final XMLStreamWriter out;
    private final Fill fill;
    private final String drawingId;
    /** Row number (1-based, as in {@code r}) → column (0-based) → the note, for the notes not yet placed. */
    private final TreeMap<Integer, TreeMap<Integer, CellNote>> pending = new TreeMap<>();

    private int depth;
    private String rootPrefix = "";
    private String rootNamespace = "";
    private String relationshipsPrefix;
    private boolean inSheetData;
    private boolean sawSheetData;
    private boolean inViews;
    private boolean drawingPlaced;
    /** The notes of the row being copied, or null outside a noted row. */
    private TreeMap<Integer, CellNote> rowNotes;
    private int rowNumber;
    /** Rows and cells made for notes read like the sheet's own: sheetData's prefix and namespace. */
    private String dataPrefix = "";
    private String dataNamespace = "";

    private NotedSheetXml(XMLStreamReader in, XMLStreamWriter out, List<CellNote> notes, Fill fill, String drawingId) {
        this.in = in;
        this.out = out;
        this.fill = fill;
        this.drawingId = drawingId;
        for (CellNote note : notes) {
            CellReference ref = new CellReference(note.cell());
            pending.computeIfAbsent(ref.getRow() + 1, k -> new TreeMap<>()).merge((int) ref.getCol(), note,
                    // Two notes on one cell (its reference written two ways): the worse fill wins, as in one note.
                    (a, b) -> new CellNote(a.sheet(), a.cell(), a.error() || b.error(), a.text()));
        }
    }

    /** The sheet's bytes with the notes' fills, no selected tab, and a legacy drawing with relationship {@code drawingId}. */
    static byte[] rewrite(byte[] sheet, List<CellNote> notes, Fill fill, String drawingId) throws Unsupported {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(sheet.length + 256 + 64 * notes.size());
        try {
            XMLStreamReader in = INPUT.createXMLStreamReader(new ByteArrayInputStream(sheet));
            XMLStreamWriter out = OUTPUT.createXMLStreamWriter(bytes, "UTF-8");
            try {
                new NotedSheetXml(in, out, notes, fill, drawingId).copy();
            } finally {
                in.close();
            }
            out.close();
        } catch (XMLStreamException e) {
            throw new Unsupported("the sheet is not well-formed XML");
        }
        return bytes.toByteArray();
    }

    private void copy() throws XMLStreamException, Unsupported {
        out.writeStartDocument("UTF-8", "1.0");
        while (in.hasNext()) {
            switch (in.next()) {
                case XMLStreamConstants.START_ELEMENT -> start();
                case XMLStreamConstants.END_ELEMENT -> end();
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.SPACE -> {
                    if (depth > 0) {
                        out.writeCharacters(in.getTextCharacters(), in.getTextStart(), in.getTextLength());
                    }
                }
                case XMLStreamConstants.CDATA -> out.writeCData(in.getText());
                case XMLStreamConstants.COMMENT -> out.writeComment(in.getText());
                case XMLStreamConstants.PROCESSING_INSTRUCTION -> out.writeProcessingInstruction(in.getPITarget(), in.getPIData());
                case XMLStreamConstants.DTD, XMLStreamConstants.ENTITY_REFERENCE -> throw new Unsupported("a document type in the sheet");
                default -> {
                    // The document's start and end: written by this writer itself.
                }
            }
        }
        out.writeEndDocument();
        if (!sawSheetData) {
            throw new Unsupported("no sheet data");
        }
    }

    private void start() throws XMLStreamException, Unsupported {
        depth++;
        String name = in.getLocalName();
        if (depth == 1) {
            rootPrefix = nz(in.getPrefix());
            rootNamespace = nz(in.getNamespaceURI());
            writeStart();
            declareRelationships();
            copyAttributes(null, -1);
            return;
        }
        if (depth == 2) {
            if ("legacyDrawing".equals(name)) {
                throw new Unsupported("the sheet has a legacy drawing already");
            }
            if (!drawingPlaced && AFTER_LEGACY_DRAWING.contains(name)) {
                placeDrawing();
            }
            inSheetData = "sheetData".equals(name);
            if (inSheetData) {
                sawSheetData = true;
                dataPrefix = nz(in.getPrefix());
                dataNamespace = nz(in.getNamespaceURI());
            }
            inViews = "sheetViews".equals(name);
            writeStart();
            copyAttributes(null, -1);
            return;
        }
        if (depth == 3 && inSheetData && "row".equals(name)) {
            int number = XlsxFeedbackParts.parseIndex(in.getAttributeValue(null, "r"));
            newRowsBefore(number);
            rowNotes = pending.remove(number);
            rowNumber = number;
            writeStart();
            // The row's span is a hint of its first and last columns; a cell made for a note may fall outside it.
            copyAttributes(rowNotes == null ? null : "spans", -1);
            return;
        }
        if (depth == 4 && rowNotes != null && "c".equals(name)) {
            String ref = in.getAttributeValue(null, "r");
            if (ref == null) {
                throw new Unsupported("a cell without a reference");
            }
            int column = new CellReference(ref).getCol();
            newCellsBefore(column);
            CellNote note = rowNotes.remove(column);
            writeStart();
            if (note == null) {
                copyAttributes(null, -1);
            } else {
                String style = in.getAttributeValue(null, "s");
                copyAttributes("s", fill.styleFor(style == null ? 0 : XlsxFeedbackParts.parseIndex(style), note.error()));
            }
            return;
        }
        writeStart();
        copyAttributes(inViews && depth == 3 && "sheetView".equals(name) ? "tabSelected" : null, -1);
    }

    private void end() throws XMLStreamException, Unsupported {
        if (depth == 1 && !drawingPlaced) {
            placeDrawing();
        } else if (depth == 2 && inSheetData) {
            newRowsBefore(Integer.MAX_VALUE);
            inSheetData = false;
        } else if (depth == 2) {
            inViews = false;
        } else if (depth == 3 && rowNotes != null) {
            newCellsBefore(Integer.MAX_VALUE);
            rowNotes = null;
        }
        out.writeEndElement();
        depth--;
    }

    private void writeStart() throws XMLStreamException {
        out.writeStartElement(nz(in.getPrefix()), in.getLocalName(), nz(in.getNamespaceURI()));
        for (int i = 0; i < in.getNamespaceCount(); i++) {
            String prefix = in.getNamespacePrefix(i);
            if (prefix == null || prefix.isEmpty()) {
                out.writeDefaultNamespace(nz(in.getNamespaceURI(i)));
            } else {
                out.writeNamespace(prefix, nz(in.getNamespaceURI(i)));
            }
        }
    }

    /** Copies the element's attributes, leaving out {@code replaced}, and writes it as {@code value} when that is not negative. */
    private void copyAttributes(String replaced, int value) throws XMLStreamException {
        for (int i = 0; i < in.getAttributeCount(); i++) {
            String prefix = nz(in.getAttributePrefix(i));
            String name = in.getAttributeLocalName(i);
            if (prefix.isEmpty() && name.equals(replaced)) {
                continue;
            }
            if (prefix.isEmpty()) {
                out.writeAttribute(name, in.getAttributeValue(i));
            } else {
                out.writeAttribute(prefix, nz(in.getAttributeNamespace(i)), name, in.getAttributeValue(i));
            }
        }
        if (value >= 0) {
            out.writeAttribute(replaced, Integer.toString(value));
        }
    }

    /** The root's prefix for relationships, declared as {@code r} when it has none. */
    private void declareRelationships() throws XMLStreamException, Unsupported {
        for (int i = 0; i < in.getNamespaceCount(); i++) {
            String prefix = in.getNamespacePrefix(i);
            if (prefix != null && !prefix.isEmpty() && XlsxFeedbackParts.RELATIONSHIPS.equals(in.getNamespaceURI(i))) {
                relationshipsPrefix = prefix;
                return;
            }
        }
        for (int i = 0; i < in.getNamespaceCount(); i++) {
            if ("r".equals(in.getNamespacePrefix(i))) {
                throw new Unsupported("the prefix r is taken");
            }
        }
        out.writeNamespace("r", XlsxFeedbackParts.RELATIONSHIPS);
        relationshipsPrefix = "r";
    }

    private void placeDrawing() throws XMLStreamException {
        out.writeEmptyElement(rootPrefix, "legacyDrawing", rootNamespace);
        out.writeAttribute(relationshipsPrefix, XlsxFeedbackParts.RELATIONSHIPS, "id", drawingId);
        drawingPlaced = true;
    }

    /** Rows made for notes on rows the sheet does not have, up to (not including) row {@code number}. */
    private void newRowsBefore(int number) throws XMLStreamException, Unsupported {
        while (!pending.isEmpty() && pending.firstKey() < number) {
            Map.Entry<Integer, TreeMap<Integer, CellNote>> row = pending.pollFirstEntry();
            out.writeStartElement(dataPrefix, "row", dataNamespace);
            out.writeAttribute("r", Integer.toString(row.getKey()));
            rowNumber = row.getKey();
            for (Map.Entry<Integer, CellNote> cell : row.getValue().entrySet()) {
                newCell(cell.getKey(), cell.getValue());
            }
            out.writeEndElement();
        }
    }

    /** Cells made for notes in the current row, up to (not including) column {@code column}. */
    private void newCellsBefore(int column) throws XMLStreamException, Unsupported {
        while (!rowNotes.isEmpty() && rowNotes.firstKey() < column) {
            Map.Entry<Integer, CellNote> cell = rowNotes.pollFirstEntry();
            newCell(cell.getKey(), cell.getValue());
        }
    }

    private void newCell(int column, CellNote note) throws XMLStreamException, Unsupported {
        out.writeEmptyElement(dataPrefix, "c", dataNamespace);
        out.writeAttribute("r", new CellReference(rowNumber - 1, column).formatAsString(false));
        out.writeAttribute("s", Integer.toString(fill.styleFor(0, note.error())));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static XMLInputFactory secureInput() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        return factory;
    }
}
