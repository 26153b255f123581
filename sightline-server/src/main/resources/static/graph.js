// The neighbourhood graph: data from /api/entities/{id}/graph (JSON, never pasted into the page);
// clicking an edge loads its claims (quotes) into the side panel with htmx.
(function () {
  var box = document.getElementById("graph");
  if (!box) { return; }
  var entity = box.getAttribute("data-entity");
  fetch("/api/entities/" + encodeURIComponent(entity) + "/graph", { credentials: "same-origin" })
    .then(function (r) { return r.json(); })
    .then(function (g) {
      var elements = [];
      g.nodes.forEach(function (n) {
        elements.push({ data: { id: n.id, label: n.label, type: n.type, center: n.entity === g.center ? "yes" : "no" } });
      });
      g.edges.forEach(function (e) {
        var marked = e.tlp === "AMBER" || e.tlp === "RED";
        elements.push({ data: { id: e.id, source: e.source, target: e.target,
          label: e.type + (e.claims.length > 1 ? " ×" + e.claims.length : "") + (marked ? " · TLP:" + e.tlp : ""),
          claims: e.claims.join(","), denied: e.denied ? "yes" : "no", tlp: e.tlp } });
      });
      var cy = cytoscape({
        container: box,
        elements: elements,
        // The entity in the middle, its neighbours around it; never zoomed in so far that labels overlap.
        layout: { name: "concentric", animate: false, padding: 40, minNodeSpacing: 90, spacingFactor: 1.4, startAngle: 0.5 * Math.PI,
          concentric: function (n) { return n.data("center") === "yes" ? 2 : 1; }, levelWidth: function () { return 1; } },
        maxZoom: 2.5, minZoom: 0.2,
        style: [
          { selector: "node", style: { "label": "data(label)", "font-size": 11, "text-wrap": "wrap", "text-max-width": 130,
            "text-background-color": "#fff", "text-background-opacity": 0.85, "text-background-padding": 2,
            "background-color": "#5b6b7f", "color": "#1b2430", "text-valign": "bottom", "text-margin-y": 4, "width": 18, "height": 18,
            "z-index-compare": "manual", "z-index": 1 } },
          { selector: "node[center = 'yes']", style: { "background-color": "#b3412f", "width": 26, "height": 26, "font-weight": "bold" } },
          { selector: "node[type = 'ARMED_GROUP']", style: { "shape": "diamond" } },
          { selector: "node[type = 'GOVERNMENT_BODY'], node[type = 'SECURITY_UNIT']", style: { "shape": "round-rectangle" } },
          { selector: "edge", style: { "label": "data(label)", "font-size": 8, "color": "#3b4653", "curve-style": "bezier", "target-arrow-shape": "triangle",
            "width": 2, "line-color": "#9aa7b6", "target-arrow-color": "#9aa7b6", "text-rotation": "autorotate", "text-background-color": "#fff",
            "text-background-opacity": 0.8, "text-background-padding": 2,
            // Edges (and their labels) above nodes: a label at the midpoint of a short edge is otherwise cut by the node.
            "z-index-compare": "manual", "z-index": 2 } },
          { selector: "edge[denied = 'yes']", style: { "line-style": "dashed" } },
          { selector: "edge[tlp = 'RED']", style: { "line-color": "#ff2b2b", "target-arrow-color": "#ff2b2b" } },
          { selector: "edge[tlp = 'AMBER']", style: { "line-color": "#ffc000", "target-arrow-color": "#ffc000" } },
          { selector: "edge:selected", style: { "line-color": "#b3412f", "target-arrow-color": "#b3412f", "width": 4 } }
        ]
      });
      if (cy.zoom() > 1.1) { cy.zoom(1.1); cy.center(); }
      cy.on("tap", "edge", function (evt) {
        htmx.ajax("GET", "/graph/edge?claims=" + encodeURIComponent(evt.target.data("claims")), { target: "#edge-claims", swap: "innerHTML" });
      });
      cy.on("tap", "node", function (evt) {
        var id = evt.target.id().substring(1);
        if (id !== String(g.center)) { window.location.href = "/entities/" + encodeURIComponent(id) + "/graph"; }
      });
      box.setAttribute("data-ready", "yes");
      window.sightlineGraph = cy;
    });
})();
