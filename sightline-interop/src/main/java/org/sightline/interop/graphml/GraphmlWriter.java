package org.sightline.interop.graphml;

import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.sightline.interop.ExportContext;
import org.sightline.interop.ExportSummary;
import org.sightline.interop.ExportWriter;
import org.sightline.interop.ExportedClaim;
import org.sightline.interop.ExportedClaim.ExportedEntity;
import org.sightline.interop.StableIds;
import org.sightline.store.StoredClaim;
import org.sightline.store.StoredEntity;

/**
 * GraphML: entities as nodes, claims as directed edges (parallel edges: one per claim), every
 * attribute declared with a typed {@code <key>} ({@code graphml.yaml}) so that Gephi, yEd,
 * NetworkX and JGraphT read them typed. Written with the JDK's StAX writer, which escapes text and
 * attributes. Edges come first as claims stream in and nodes after them (GraphML allows any order
 * within a graph); the graph's highest TLP marking, found by the first pass that counts
 * independent sources, is its first {@code <data>}.
 */
public final class GraphmlWriter implements ExportWriter {
    private static final String NS = "http://graphml.graphdrawing.org/xmlns";

    private final XMLStreamWriter xml;
    private final GraphmlKeys keys;

    public GraphmlWriter(OutputStream out) throws IOException {
        this(out, GraphmlKeys.bundled());
    }

    public GraphmlWriter(OutputStream out, GraphmlKeys keys) throws IOException {
        try {
            this.xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
        } catch (XMLStreamException e) {
            throw new IOException("cannot start the GraphML document: " + e.getMessage(), e);
        }
        this.keys = keys;
    }

    private static final Object NODE_ID = new Object();

    /** The node id of an entity: stable across exports. */
    public static String nodeId(ExportedEntity e) {
        return e.id(NODE_ID, x -> StableIds.ftm("e", x.key()));
    }

    @Override
    public boolean countsSources() {
        return true;
    }

    @Override
    public void begin(ExportContext context) throws IOException {
        try {
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("graphml");
            xml.writeDefaultNamespace(NS);
            xml.writeNamespace("xsi", "http://www.w3.org/2001/XMLSchema-instance");
            xml.writeAttribute("http://www.w3.org/2001/XMLSchema-instance", "schemaLocation",
                    NS + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
            xml.writeCharacters("\n");
            declare("graph", keys.graph());
            declare("node", keys.node());
            declare("edge", keys.edge());
            xml.writeStartElement("graph");
            xml.writeAttribute("id", "sightline");
            xml.writeAttribute("edgedefault", "directed");
            xml.writeCharacters("\n");
            if (context.highestMarking() != null) {
                // First in the graph: known from the first pass, and where every reader looks for it.
                data("graph", Map.of("tlp", "TLP:" + context.highestMarking()));
                xml.writeCharacters("\n");
            }
        } catch (XMLStreamException e) {
            throw io(e);
        }
    }

    private void declare(String element, Map<String, String> attributes) throws XMLStreamException {
        for (Map.Entry<String, String> k : attributes.entrySet()) {
            xml.writeEmptyElement("key");
            xml.writeAttribute("id", keyId(element, k.getKey()));
            xml.writeAttribute("for", element);
            xml.writeAttribute("attr.name", k.getKey());
            xml.writeAttribute("attr.type", k.getValue());
            xml.writeCharacters("\n");
        }
    }

    /** Node and edge attributes share names (type, tlp): ids are per element, names are what tools show. */
    private static String keyId(String element, String name) {
        return element.charAt(0) + "_" + name;
    }

    @Override
    public void claim(ExportedClaim x) throws IOException {
        StoredClaim c = x.claim();
        Map<String, String> d = new LinkedHashMap<>();
        d.put("claim_id", StableIds.ftm("claim", x.key()));
        d.put("type", c.type().name());
        d.put("stance", c.stance().name());
        d.put("attributed_to", String.join(" < ", x.attributedTo().stream().map(s -> s.entity().name()).toList()));
        d.put("independent_sources", String.valueOf(x.independentSources()));
        d.put("confidence", String.valueOf(c.confidence()));
        d.put("quote", c.evidence().quote());
        d.put("document", c.evidence().documentId());
        d.put("document_title", x.title());
        d.put("url", x.document().metadata().url());
        d.put("time", c.time());
        d.put("tlp", x.marking() == null ? null : "TLP:" + x.marking());
        d.put("rejected", String.valueOf(x.rejected()));
        try {
            xml.writeStartElement("edge");
            xml.writeAttribute("id", d.get("claim_id"));
            xml.writeAttribute("source", nodeId(x.subject()));
            xml.writeAttribute("target", nodeId(x.object()));
            data("edge", d);
            xml.writeEndElement();
            xml.writeCharacters("\n");
        } catch (XMLStreamException e) {
            throw io(e);
        }
    }

    @Override
    public void entity(ExportedEntity e, String marking) throws IOException {
        StoredEntity s = e.entity();
        Map<String, String> d = new LinkedHashMap<>();
        d.put("name", s.name());
        d.put("type", s.type().name());
        d.put("kb_id", s.kbId());
        d.put("aliases", s.aliases().isEmpty() ? null : String.join("; ", s.aliases()));
        d.put("tlp", marking == null ? null : "TLP:" + marking);
        try {
            xml.writeStartElement("node");
            xml.writeAttribute("id", nodeId(e));
            data("node", d);
            xml.writeEndElement();
            xml.writeCharacters("\n");
        } catch (XMLStreamException ex) {
            throw io(ex);
        }
    }

    @Override
    public void end(ExportSummary summary) throws IOException {
        try {
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw io(e);
        }
    }

    private void data(String element, Map<String, String> values) throws XMLStreamException {
        for (Map.Entry<String, String> v : values.entrySet()) {
            if (v.getValue() == null) {
                continue;
            }
            xml.writeStartElement("data");
            xml.writeAttribute("key", keyId(element, v.getKey()));
            xml.writeCharacters(xmlSafe(v.getValue()));
            xml.writeEndElement();
        }
    }

    /** Characters XML 1.0 cannot hold at all (controls other than tab and line breaks) become spaces. */
    private static String xmlSafe(String s) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if ((ch < 0x20 && ch != '\t' && ch != '\n' && ch != '\r') || ch == 0xFFFE || ch == 0xFFFF) {
                StringBuilder b = new StringBuilder(s);
                for (int j = i; j < b.length(); j++) {
                    char cj = b.charAt(j);
                    if ((cj < 0x20 && cj != '\t' && cj != '\n' && cj != '\r') || cj == 0xFFFE || cj == 0xFFFF) {
                        b.setCharAt(j, ' ');
                    }
                }
                return b.toString();
            }
        }
        return s;
    }

    private static IOException io(XMLStreamException e) {
        return new IOException("cannot write GraphML: " + e.getMessage(), e);
    }
}
