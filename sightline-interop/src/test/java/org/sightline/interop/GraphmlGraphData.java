package org.sightline.interop;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The graph-level {@code <data>} of a GraphML file, by attribute name, read with the JDK's DOM parser. */
final class GraphmlGraphData {
    private GraphmlGraphData() {
    }

    static Map<String, String> of(String graphml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        org.w3c.dom.Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(graphml.getBytes(StandardCharsets.UTF_8)));
        Map<String, String> names = new HashMap<>();
        NodeList keys = doc.getElementsByTagNameNS("*", "key");
        for (int i = 0; i < keys.getLength(); i++) {
            Element k = (Element) keys.item(i);
            names.put(k.getAttribute("id"), k.getAttribute("attr.name"));
        }
        Map<String, String> out = new HashMap<>();
        Element graph = (Element) doc.getElementsByTagNameNS("*", "graph").item(0);
        for (org.w3c.dom.Node n = graph.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getLocalName().equals("data")) {
                out.put(names.get(e.getAttribute("key")), e.getTextContent());
            }
        }
        return out;
    }
}
