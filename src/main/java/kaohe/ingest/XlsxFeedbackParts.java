package kaohe.ingest;

import static kaohe.ingest.PackageParts.child;
import static kaohe.ingest.PackageParts.children;
import static kaohe.ingest.PackageParts.element;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kaohe.ingest.FeedbackContent.CellNote;
import kaohe.ingest.PackageParts.Unsupported;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.util.CellReference;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * An .xlsx return's feedback made by rewriting only the parts it changes: the styles (two fills, a bold font),
 * the sheets with cells at fault (their fills, and a note drawing; streamed by {@link NotedSheetXml}), the
 * workbook's sheet list and print titles, and new parts for the notes and the 问题清单. Every other part (shared
 * strings, untouched sheets, the seal sheet) is copied as it was. Loading a workbook into POI's model and writing all of it back cost several times
 * what storing a clean return does, for one return in twenty.
 *
 * <p>What it does not rewrite it refuses with {@link Unsupported}, and {@link FeedbackWriter} uses POI's model:
 * notes or other VML drawings already in the workbook, rows or cells without a reference, Strict OOXML, a 问题清单
 * sheet already there.
 */
final class XlsxFeedbackParts {

    static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String WORKSHEET_TYPE = RELATIONSHIPS + "/worksheet";
    private static final String COMMENTS_TYPE = RELATIONSHIPS + "/comments";
    private static final String VML_TYPE = RELATIONSHIPS + "/vmlDrawing";
    private static final String WORKSHEET_CONTENT = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
    private static final String COMMENTS_CONTENT = "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml";
    private static final String VML_CONTENT = "application/vnd.openxmlformats-officedocument.vmlDrawing";
    /** Workbook children that come after definedNames. */
    private static final Set<String> AFTER_DEFINED_NAMES = Set.of("calcPr", "oleSize", "customWorkbookViews", "pivotCaches",
            "smartTagPr", "smartTagTypes", "webPublishing", "fileRecoveryPr", "webPublishObjects", "extLst");

    private XlsxFeedbackParts() {
    }

    static void write(Path submitted, FeedbackContent content, OutputStream out) throws IOException, Unsupported {
        PackageParts pkg = PackageParts.read(submitted);
        String workbookPart = pkg.target("_rels/.rels", "/officeDocument");
        Element workbook = pkg.dom(workbookPart).getDocumentElement();
        if (!MAIN.equals(workbook.getNamespaceURI())) {
            throw new Unsupported("not a transitional SpreadsheetML workbook");
        }
        String workbookRelations = PackageParts.relationsOf(workbookPart);
        Map<String, String> sheetParts = sheetParts(pkg, workbook, workbookRelations);
        if (sheetParts.keySet().stream().anyMatch(FeedbackContent.SHEET::equalsIgnoreCase)) {
            throw new Unsupported("the workbook already has a " + FeedbackContent.SHEET);
        }
        if (pkg.anyNamedLike(".vml")) {
            // Shape ids must be unique across a workbook's VML drawings; numbering around others' is left to POI.
            throw new Unsupported("the workbook has VML drawings already");
        }
        StyleSheet styles = new StyleSheet(pkg.dom(pkg.target(workbookRelations, "/styles")).getDocumentElement());

        Map<String, List<CellNote>> notesBySheet = new LinkedHashMap<>();
        for (CellNote note : content.notes()) {
            String sheet = sheetNamed(sheetParts, note.sheet());
            if (sheet != null) {
                notesBySheet.computeIfAbsent(sheet, k -> new ArrayList<>()).add(note);
            }
        }
        int drawing = 1;
        for (Map.Entry<String, String> sheet : sheetParts.entrySet()) {
            List<CellNote> notes = notesBySheet.get(sheet.getKey());
            if (notes != null) {
                annotate(pkg, sheet.getValue(), PackageParts.folderOf(workbookPart), notes, styles, drawing++);
            } else if (pkg.mentions(sheet.getValue(), "tabSelected")) {
                unselect(pkg.dom(sheet.getValue()).getDocumentElement());
            }
        }

        String listPart = pkg.unusedName(PackageParts.folderOf(workbookPart) + "worksheets/sheet", ".xml");
        pkg.put(listPart, FeedbackListXml.of(content, styles.bold(), styles.wrapped()));
        pkg.declare(listPart, WORKSHEET_CONTENT);
        putListFirst(workbook, pkg.relate(workbookRelations, WORKSHEET_TYPE, listPart));
        pkg.write(out);
    }

    /** Sheet name → part name, in the workbook's order. */
    private static Map<String, String> sheetParts(PackageParts pkg, Element workbook, String workbookRelations) throws Unsupported {
        Map<String, String> targets = new HashMap<>();
        String folder = PackageParts.folderOf(workbookRelations.replace("_rels/", ""));
        for (Element relation : pkg.relations(workbookRelations)) {
            targets.put(relation.getAttribute("Id"), XlsxStreamReader.resolve(folder, relation.getAttribute("Target")));
        }
        Element sheets = child(workbook, "sheets");
        if (sheets == null) {
            throw new Unsupported("no sheet list");
        }
        Map<String, String> parts = new LinkedHashMap<>();
        for (Element sheet : children(sheets, "sheet")) {
            String part = targets.get(sheet.getAttributeNS(RELATIONSHIPS, "id"));
            if (part == null || !pkg.has(part)) {
                throw new Unsupported("sheet " + sheet.getAttribute("name") + " has no part");
            }
            parts.put(sheet.getAttribute("name"), part);
        }
        return parts;
    }

    /** POI finds sheets by name ignoring case; the reader and the findings do too. */
    private static String sheetNamed(Map<String, String> sheetParts, String name) {
        if (sheetParts.containsKey(name)) {
            return name;
        }
        return sheetParts.keySet().stream().filter(name::equalsIgnoreCase).findFirst().orElse(null);
    }

    private static void annotate(PackageParts pkg, String sheetPart, String folder, List<CellNote> notes, StyleSheet styles, int drawing)
            throws Unsupported {
        String sheetRelations = PackageParts.relationsOf(sheetPart);
        for (Element relation : pkg.relations(sheetRelations)) {
            String type = relation.getAttribute("Type");
            if (type.endsWith("/comments") || type.endsWith("/vmlDrawing")) {
                throw new Unsupported("the sheet has notes already");
            }
        }
        List<int[]> places = new ArrayList<>();
        for (CellNote note : notes) {
            CellReference ref = new CellReference(note.cell());
            places.add(new int[]{ref.getRow(), ref.getCol()});
        }
        String comments = pkg.unusedName(folder + "comments", ".xml");
        pkg.put(comments, NotesXml.comments(notes));
        pkg.declare(comments, COMMENTS_CONTENT);
        pkg.relate(sheetRelations, COMMENTS_TYPE, comments);
        String vml = pkg.unusedName(folder + "drawings/vmlDrawing", ".vml");
        pkg.put(vml, NotesXml.vml(places, drawing));
        pkg.declareDefault("vml", VML_CONTENT);
        String vmlId = pkg.relate(sheetRelations, VML_TYPE, vml);
        pkg.put(sheetPart, NotedSheetXml.rewrite(pkg.bytes(sheetPart), notes, styles::filled, vmlId));
    }

    /** An index attribute (a style, a sheet id, a row number) as a number, or the part is refused. */
    static int parseIndex(String text) throws Unsupported {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new Unsupported("not an index: " + text);
        }
    }

    /** Only the 问题清单 is selected: two selected tabs would group the sheets, and a clerk's typing would go to both. */
    private static void unselect(Element sheet) {
        Element views = child(sheet, "sheetViews");
        if (views != null) {
            for (Element view : children(views, "sheetView")) {
                view.removeAttribute("tabSelected");
            }
        }
    }

    private static String relationshipsPrefix(Element root) throws Unsupported {
        String prefix = root.lookupPrefix(RELATIONSHIPS);
        if (prefix != null) {
            return prefix;
        }
        if (root.lookupNamespaceURI("r") != null) {
            throw new Unsupported("the prefix r is taken");
        }
        root.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:r", RELATIONSHIPS);
        return "r";
    }

    /** The 问题清单 becomes the first sheet, the active one, with its header row printed on every page. */
    private static void putListFirst(Element workbook, String relationId) throws Unsupported {
        Element sheets = child(workbook, "sheets");
        int sheetId = 0;
        for (Element sheet : children(sheets, "sheet")) {
            sheetId = Math.max(sheetId, parseIndex(sheet.getAttribute("sheetId")));
        }
        Element list = element(sheets, "sheet");
        list.setAttribute("name", FeedbackContent.SHEET);
        list.setAttribute("sheetId", Integer.toString(sheetId + 1));
        list.setAttributeNS(RELATIONSHIPS, relationshipsPrefix(workbook) + ":id", relationId);
        sheets.insertBefore(list, sheets.getFirstChild());

        Element views = child(workbook, "bookViews");
        if (views == null) {
            views = element(workbook, "bookViews");
            workbook.insertBefore(views, sheets);
        }
        Element view = child(views, "workbookView");
        if (view == null) {
            view = element(views, "workbookView");
            views.appendChild(view);
        }
        view.setAttribute("activeTab", "0");
        view.removeAttribute("firstSheet");

        Element names = child(workbook, "definedNames");
        if (names == null) {
            names = element(workbook, "definedNames");
            Node before = null;
            for (Node n = sheets.getNextSibling(); n != null && before == null; n = n.getNextSibling()) {
                if (n instanceof Element e && AFTER_DEFINED_NAMES.contains(e.getLocalName())) {
                    before = e;
                }
            }
            workbook.insertBefore(names, before);
        }
        // Names local to a sheet point at it by position, and every sheet moved one to the right.
        for (Element name : children(names, "definedName")) {
            if (name.hasAttribute("localSheetId")) {
                name.setAttribute("localSheetId", Integer.toString(parseIndex(name.getAttribute("localSheetId")) + 1));
            }
        }
        Element titles = element(names, "definedName");
        titles.setAttribute("name", "_xlnm.Print_Titles");
        titles.setAttribute("localSheetId", "0");
        titles.setTextContent("'" + FeedbackContent.SHEET + "'!$" + FeedbackContent.TOP_ROWS + ":$" + FeedbackContent.TOP_ROWS);
        names.appendChild(titles);
    }

    /** The workbook's styles, grown by the fills and the two list styles the feedback needs, each added once. */
    static final class StyleSheet {
        private final Element root;
        private final Map<String, Integer> filled = new HashMap<>();
        private final Map<Boolean, Integer> fills = new HashMap<>();
        private Integer bold;
        private Integer wrapped;

        StyleSheet(Element root) throws Unsupported {
            this.root = root;
            for (String needed : List.of("fonts", "fills", "cellXfs")) {
                if (child(root, needed) == null) {
                    throw new Unsupported("styles without " + needed);
                }
            }
        }

        /** A copy of cell style {@code xf} with the error's or the warning's fill. */
        int filled(int xf, boolean error) throws Unsupported {
            Integer made = filled.get(xf + "/" + error);
            if (made != null) {
                return made;
            }
            List<Element> xfs = children(child(root, "cellXfs"), "xf");
            if (xfs.isEmpty()) {
                throw new Unsupported("no cell styles");
            }
            Element copy = (Element) xfs.get(xf < xfs.size() ? xf : 0).cloneNode(true);
            copy.setAttribute("fillId", Integer.toString(fill(error)));
            copy.setAttribute("applyFill", "1");
            int index = add("cellXfs", copy);
            filled.put(xf + "/" + error, index);
            return index;
        }

        int bold() {
            if (bold == null) {
                Element fonts = child(root, "fonts");
                List<Element> existing = children(fonts, "font");
                Element font = existing.isEmpty() ? element(fonts, "font") : (Element) existing.get(0).cloneNode(true);
                if (child(font, "b") == null) {
                    font.insertBefore(element(fonts, "b"), font.getFirstChild());
                }
                Element xf = plainXf();
                xf.setAttribute("fontId", Integer.toString(add("fonts", font)));
                xf.setAttribute("applyFont", "1");
                bold = add("cellXfs", xf);
            }
            return bold;
        }

        int wrapped() {
            if (wrapped == null) {
                Element xf = plainXf();
                Element alignment = element(xf, "alignment");
                alignment.setAttribute("wrapText", "1");
                alignment.setAttribute("vertical", "top");
                xf.appendChild(alignment);
                xf.setAttribute("applyAlignment", "1");
                wrapped = add("cellXfs", xf);
            }
            return wrapped;
        }

        private int fill(boolean error) {
            Integer made = fills.get(error);
            if (made == null) {
                Element fillsElement = child(root, "fills");
                Element fill = element(fillsElement, "fill");
                Element pattern = element(fillsElement, "patternFill");
                pattern.setAttribute("patternType", "solid");
                Element colour = element(fillsElement, "fgColor");
                colour.setAttribute("indexed", Integer.toString(error ? IndexedColors.ROSE.getIndex() : IndexedColors.LIGHT_ORANGE.getIndex()));
                Element background = element(fillsElement, "bgColor");
                background.setAttribute("indexed", "64");
                pattern.appendChild(colour);
                pattern.appendChild(background);
                fill.appendChild(pattern);
                made = add("fills", fill);
                fills.put(error, made);
            }
            return made;
        }

        private Element plainXf() {
            Element xf = element(child(root, "cellXfs"), "xf");
            for (String attribute : List.of("numFmtId", "fontId", "fillId", "borderId", "xfId")) {
                xf.setAttribute(attribute, "0");
            }
            return xf;
        }

        /** Appends to a list element, keeps its count right, and returns the new entry's index. */
        private int add(String list, Element entry) {
            Element parent = child(root, list);
            parent.appendChild(entry);
            int count = children(parent, entry.getLocalName()).size();
            parent.setAttribute("count", Integer.toString(count));
            return count - 1;
        }
    }
}
