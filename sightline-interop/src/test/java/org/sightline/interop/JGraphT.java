package org.sightline.interop;

import java.io.StringReader;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.graphml.GraphMLImporter;

/** Reads a GraphML export with JGraphT's importer (the one Java graph library tools build on), with every attribute. */
public final class JGraphT {
    private JGraphT() {
    }

    public static Graph<String, String> read(String graphml, Map<String, Map<String, Attribute>> nodes,
                                      Map<String, Map<String, Attribute>> edges, Map<String, Attribute> graph) {
        Graph<String, String> g = new DirectedPseudograph<>(null, org.jgrapht.util.SupplierUtil.createStringSupplier(), false);
        GraphMLImporter<String, String> importer = new GraphMLImporter<>();
        // Vertices by their ids in the file; edges get ids of the graph's own (a multigraph: one per claim).
        importer.setVertexFactory(id -> id);
        importer.setSchemaValidation(false);
        importer.addVertexAttributeConsumer((p, a) -> nodes.computeIfAbsent(p.getFirst(), k -> new java.util.HashMap<>()).put(p.getSecond(), a));
        importer.addEdgeAttributeConsumer((p, a) -> edges.computeIfAbsent(p.getFirst(), k -> new java.util.HashMap<>()).put(p.getSecond(), a));
        importer.addGraphAttributeConsumer(graph::put);
        importer.importGraph(g, new StringReader(graphml));
        return g;
    }
}
