package kaohe.ingest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * The parts of an Office Open XML package held in memory in their zip order: read whole, changed one part at a
 * time as DOM, and written back with the untouched parts as they were. The XML parser refuses document type
 * declarations, so a part cannot pull in entities or outside files.
 */
final class PackageParts {

    static final String PACKAGE_RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";
    static final String CONTENT_TYPES = "[Content_Types].xml";

    private static final ThreadLocal<DocumentBuilder> PARSER = ThreadLocal.withInitial(PackageParts::secureParser);

    /** A package this class does not rewrite; the caller falls back to a full model. */
    static final class Unsupported extends Exception {
        Unsupported(String why) {
            super(why, null, false, false);
        }
    }

    private final Map<String, byte[]> parts = new LinkedHashMap<>();
    private final Map<String, Document> changed = new LinkedHashMap<>();

    private PackageParts() {
    }

    static PackageParts read(Path file) throws IOException, Unsupported {
        PackageParts pkg = new PackageParts();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (entry.isDirectory()) {
                    continue;
                }
                try (InputStream in = zip.getInputStream(entry)) {
                    if (pkg.parts.put(entry.getName(), in.readAllBytes()) != null) {
                        throw new Unsupported("duplicate part " + entry.getName());
                    }
                }
            }
        }
        return pkg;
    }

    boolean has(String name) {
        return parts.containsKey(name) || changed.containsKey(name);
    }

    boolean anyNamedLike(String suffix) {
        return parts.keySet().stream().anyMatch(name -> name.toLowerCase(Locale.ROOT).endsWith(suffix));
    }

    /** Whether the part's bytes contain an ASCII marker, without parsing it. */
    boolean mentions(String name, String marker) {
        byte[] bytes = parts.get(name);
        return bytes != null && new String(bytes, StandardCharsets.ISO_8859_1).contains(marker);
    }

    /** The part as DOM; later changes to the returned document are written back. */
    Document dom(String name) throws Unsupported {
        Document held = changed.get(name);
        if (held != null) {
            return held;
        }
        byte[] bytes = parts.get(name);
        if (bytes == null) {
            throw new Unsupported("missing part " + name);
        }
        DocumentBuilder parser = PARSER.get();
        parser.reset();
        try {
            Document document = parser.parse(new ByteArrayInputStream(bytes));
            changed.put(name, document);
            return document;
        } catch (SAXException | IOException e) {
            throw new Unsupported("part " + name + " is not well-formed XML");
        }
    }

    /** A new part, or one replaced whole. */
    void put(String name, String xml) {
        put(name, xml.getBytes(StandardCharsets.UTF_8));
    }

    void put(String name, byte[] xml) {
        changed.remove(name);
        parts.put(name, xml);
    }

    /** A part's bytes as read, for a part rewritten as a stream rather than through {@link #dom}. */
    byte[] bytes(String name) throws Unsupported {
        byte[] bytes = parts.get(name);
        if (bytes == null) {
            throw new Unsupported("missing part " + name);
        }
        if (changed.containsKey(name)) {
            throw new IllegalStateException(name + " is held as a DOM already");
        }
        return bytes;
    }

    /** A part name of the form {@code prefix + n + suffix} not yet in the package (names compared ignoring case). */
    String unusedName(String prefix, String suffix) {
        List<String> taken = new ArrayList<>();
        for (String name : parts.keySet()) {
            taken.add(name.toLowerCase(Locale.ROOT));
        }
        for (int n = 1; ; n++) {
            String name = prefix + n + suffix;
            if (!taken.contains(name.toLowerCase(Locale.ROOT))) {
                return name;
            }
        }
    }

    /** The relationships part of a part: {@code xl/workbook.xml} → {@code xl/_rels/workbook.xml.rels}. */
    static String relationsOf(String part) {
        int slash = part.lastIndexOf('/');
        return part.substring(0, slash + 1) + "_rels/" + part.substring(slash + 1) + ".rels";
    }

    static String folderOf(String part) {
        return part.substring(0, part.lastIndexOf('/') + 1);
    }

    /** The internal target of the first relationship of a type in a relationships part, resolved to a part name. */
    String target(String relationsPart, String typeSuffix) throws Unsupported {
        String owner = relationsPart.replace("_rels/", "");
        for (Element relation : relations(relationsPart)) {
            if (relation.getAttribute("Type").endsWith(typeSuffix) && !"External".equals(relation.getAttribute("TargetMode"))) {
                return XlsxStreamReader.resolve(folderOf(owner), relation.getAttribute("Target"));
            }
        }
        throw new Unsupported("no " + typeSuffix + " relationship in " + relationsPart);
    }

    List<Element> relations(String relationsPart) throws Unsupported {
        return has(relationsPart) ? children(dom(relationsPart).getDocumentElement(), "Relationship") : List.of();
    }

    /** Adds a relationship with an id unused in the part, creating the part if needed, and returns the id. */
    String relate(String relationsPart, String type, String absoluteTarget) throws Unsupported {
        if (!has(relationsPart)) {
            put(relationsPart, "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\""
                    + PACKAGE_RELATIONSHIPS + "\"/>");
        }
        Element root = dom(relationsPart).getDocumentElement();
        List<String> ids = new ArrayList<>();
        for (Element relation : children(root, "Relationship")) {
            ids.add(relation.getAttribute("Id"));
        }
        String id = "rId1";
        for (int n = 1; ids.contains(id); n++) {
            id = "rId" + n;
        }
        Element relation = element(root, "Relationship");
        relation.setAttribute("Id", id);
        relation.setAttribute("Type", type);
        relation.setAttribute("Target", "/" + absoluteTarget);
        root.appendChild(relation);
        return id;
    }

    /** Declares a part's content type, unless its extension's default already gives that type. */
    void declare(String part, String contentType) throws Unsupported {
        Element types = dom(CONTENT_TYPES).getDocumentElement();
        Element override = element(types, "Override");
        override.setAttribute("PartName", "/" + part);
        override.setAttribute("ContentType", contentType);
        types.appendChild(override);
    }

    void declareDefault(String extension, String contentType) throws Unsupported {
        Element types = dom(CONTENT_TYPES).getDocumentElement();
        for (Element existing : children(types, "Default")) {
            if (existing.getAttribute("Extension").equalsIgnoreCase(extension)) {
                return;
            }
        }
        Element fallback = element(types, "Default");
        fallback.setAttribute("Extension", extension);
        fallback.setAttribute("ContentType", contentType);
        types.insertBefore(fallback, types.getFirstChild());
    }

    void write(OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        // Feedback is written once and read by people; the smallest file is not worth the deflater's time.
        zip.setLevel(Deflater.BEST_SPEED);
        for (Map.Entry<String, byte[]> part : parts.entrySet()) {
            zip.putNextEntry(new ZipEntry(part.getKey()));
            Document document = changed.get(part.getKey());
            if (document != null) {
                DomXml.write(document, zip);
            } else {
                zip.write(part.getValue());
            }
            zip.closeEntry();
        }
        zip.finish();
    }

    /** The element children of a node with a local name, in order. */
    static List<Element> children(Node parent, String localName) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())) {
                found.add(e);
            }
        }
        return found;
    }

    static Element child(Node parent, String localName) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }

    /** A new element in the namespace and with the prefix of {@code near}, so it reads like its neighbours. */
    static Element element(Element near, String localName) {
        String prefix = near.getPrefix();
        return near.getOwnerDocument().createElementNS(near.getNamespaceURI(), prefix == null ? localName : prefix + ":" + localName);
    }

    private static DocumentBuilder secureParser() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            // Every node of a part is visited when it is written back; building them lazily cost more than building them at once.
            factory.setFeature("http://apache.org/xml/features/dom/defer-node-expansion", false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser cannot be made safe", e);
        }
    }
}
